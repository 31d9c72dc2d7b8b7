import { TALK_FORMATS } from '@weshare/schema'
import type { TalkFormat } from '@weshare/schema'
import { foldAccents } from '@weshare/schema'

/**
 * A heading reduced to what identifies it: accents folded, lowercase, punctuation dropped and each word
 * made singular, so "Conférences", "conference :" and "REXs" compare equal to "Conférence" and "REX".
 */
function looseHeading(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => (word.length > 2 && word.endsWith('s') ? word.slice(0, -1) : word))
    .join(' ')
}

const FORMAT_BY_HEADING = new Map<string, TalkFormat>(
  TALK_FORMATS.flatMap((format) =>
    [format.value, format.label, format.heading].map((name) => [looseHeading(name), format.value] as const),
  ),
)

/** The talk format a section heading names ("Quickies", "REXs", "Conférences", "Hands-on"…), if any. */
export function matchFormat(heading: string): TalkFormat | undefined {
  return FORMAT_BY_HEADING.get(looseHeading(heading))
}

/** Whether a heading or line is the post's table of contents ("Sommaire"), which the importer skips. */
export function isContentsHeading(heading: string): boolean {
  return ['sommaire', 'table de matiere', 'table of content', 'content'].includes(looseHeading(heading))
}
