import { talkFormatOrder, type TalkFormat } from '@weshare/schema'

/** The last day of an edition ('YYYY-MM-DD'): when its recap can be published, and how editions sort. */
export function lastDate(dates: readonly string[]): string {
  const last = dates.toSorted().at(-1)
  if (!last) throw new Error('An edition without dates cannot be dated: give it at least one date in the Studio.')
  return last
}

/** Editions from the most recent to the oldest, by their last day; equal days keep their order. */
export function newestFirst<T extends { dates: readonly string[] }>(editions: readonly T[]): T[] {
  return editions.toSorted((a, b) => lastDate(b.dates).localeCompare(lastDate(a.dates)))
}

interface ListedTalk {
  title: string
  format: TalkFormat
  edition?: { dates: readonly string[] } | null
}

/**
 * Talks of a speaker or topic page: newest edition first, then by format in canonical order, then
 * by title. Talks that no edition lists come last.
 */
export function talksNewestFirst<T extends ListedTalk>(talks: readonly T[]): T[] {
  const day = (talk: T) => (talk.edition && talk.edition.dates.length > 0 ? lastDate(talk.edition.dates) : '')
  return talks.toSorted(
    (a, b) =>
      day(b).localeCompare(day(a)) ||
      talkFormatOrder(a.format) - talkFormatOrder(b.format) ||
      a.title.localeCompare(b.title, 'fr'),
  )
}

/** Editions listed per page of the home page; later ones go to /page/2/ and on. */
export const EDITIONS_PER_PAGE = 12

export interface EditionGroup<T> {
  /** Null for the talks no edition lists. */
  edition: { slug: string; title: string; dates: readonly string[] } | null
  talks: T[]
}

/** Talks grouped by edition, newest edition first; talks without an edition in a last group. */
export function groupByEdition<
  T extends ListedTalk & { edition?: { slug: string; title: string; dates: readonly string[] } | null },
>(talks: readonly T[]): EditionGroup<T>[] {
  const groups = new Map<string | null, EditionGroup<T>>()
  for (const talk of talksNewestFirst(talks)) {
    const key = talk.edition?.slug ?? null
    const group = groups.get(key) ?? { edition: talk.edition ?? null, talks: [] }
    group.talks.push(talk)
    groups.set(key, group)
  }
  return [...groups.values()]
}
