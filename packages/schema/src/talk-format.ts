import { z } from 'zod'
import { shownValue } from './text.ts'

/**
 * The talk formats of a WeShare day, in the order a recap presents them.
 * This list is the only place a format is defined: the Studio's options, the zod enum,
 * the labels and headings on the site and the search filters are all derived from it.
 */
export const TALK_FORMATS = [
  { value: 'quickie', label: 'Quickie', heading: 'Quickies' },
  { value: 'rex', label: 'REX', heading: 'REX' },
  { value: 'tools-in-action', label: 'Tools in Action', heading: 'Tools in Action' },
  { value: 'conference', label: 'Conférence', heading: 'Conférences' },
  { value: 'hands-on', label: 'Hands-on', heading: 'Hands-on' },
] as const

export type TalkFormatDefinition = (typeof TALK_FORMATS)[number]
export type TalkFormat = TalkFormatDefinition['value']

type NonEmpty<T> = readonly [T, ...T[]]

/** Format values in canonical order. */
export const TALK_FORMAT_VALUES = TALK_FORMATS.map((format) => format.value) as unknown as NonEmpty<TalkFormat>

export const TalkFormatSchema = z.enum(TALK_FORMAT_VALUES, {
  error: (issue) =>
    issue.input === undefined || issue.input === null
      ? `aucun format : choisissez le format du talk dans le Studio (${TALK_FORMAT_VALUES.join(', ')}).`
      : `${typeof issue.input === 'string' ? shownValue(issue.input) : String(issue.input)} n'est pas un format connu ; choisissez parmi ${TALK_FORMAT_VALUES.join(', ')}.`,
})

/** Position of a format in the canonical order (0-based), used to group and sort talks. */
export function talkFormatOrder(value: TalkFormat): number {
  return TALK_FORMAT_VALUES.indexOf(value)
}

export function talkFormat(value: TalkFormat): TalkFormatDefinition {
  const found = TALK_FORMATS.find((format) => format.value === value)
  if (!found) throw new Error(`Unknown talk format "${value}". Known formats: ${TALK_FORMAT_VALUES.join(', ')}.`)
  return found
}
