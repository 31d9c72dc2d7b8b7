import { TALK_FORMATS, type TalkFormat, type TalkFormatDefinition } from '@weshare/schema'

export interface FormatGroup<T> {
  format: TalkFormatDefinition
  talks: T[]
}

/** Talks grouped by format in the canonical order of TALK_FORMATS, empty formats left out; talks keep their order. */
export function groupByFormat<T extends { format: TalkFormat }>(talks: readonly T[]): FormatGroup<T>[] {
  return TALK_FORMATS.map((format) => ({ format, talks: talks.filter((talk) => talk.format === format.value) })).filter(
    (group) => group.talks.length > 0,
  )
}

/** "1 Quickie", "12 Conférences": the format's label for one talk, its heading for several. */
export function formatCount(format: TalkFormatDefinition, count: number): string {
  return `${count} ${count > 1 ? format.heading : format.label}`
}

/** How many talks of each format, in canonical order, formats without talks left out. */
export function countByFormat(
  talks: ReadonlyArray<{ format: TalkFormat }>,
): Array<{ format: TalkFormatDefinition; count: number }> {
  return groupByFormat(talks).map(({ format, talks: inFormat }) => ({ format, count: inFormat.length }))
}
