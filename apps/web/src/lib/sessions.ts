import { talkFormatOrder, type TalkFormat } from '@weshare/schema'

/** The last day of a session ('YYYY-MM-DD'): when its recap can be published, and how sessions sort. */
export function lastDate(dates: readonly string[]): string {
  const last = dates.toSorted().at(-1)
  if (!last) throw new Error('A session without dates cannot be dated: give it at least one date in the Studio.')
  return last
}

/** Sessions from the most recent to the oldest, by their last day; equal days keep their order. */
export function newestFirst<T extends { dates: readonly string[] }>(sessions: readonly T[]): T[] {
  return sessions.toSorted((a, b) => lastDate(b.dates).localeCompare(lastDate(a.dates)))
}

interface ListedTalk {
  title: string
  format: TalkFormat
  session?: { dates: readonly string[] } | null
}

/**
 * Talks of a speaker or tag page: newest session first, then by format in canonical order, then
 * by title. Talks that no session lists come last.
 */
export function talksNewestFirst<T extends ListedTalk>(talks: readonly T[]): T[] {
  const day = (talk: T) => (talk.session && talk.session.dates.length > 0 ? lastDate(talk.session.dates) : '')
  return talks.toSorted(
    (a, b) =>
      day(b).localeCompare(day(a)) ||
      talkFormatOrder(a.format) - talkFormatOrder(b.format) ||
      a.title.localeCompare(b.title, 'fr'),
  )
}

/** Sessions listed per page of the home page; later ones go to /page/2/ and on. */
export const SESSIONS_PER_PAGE = 12

export interface SessionGroup<T> {
  /** Null for the talks no session lists. */
  session: { slug: string; title: string; dates: readonly string[] } | null
  talks: T[]
}

/** Talks grouped by session, newest session first; talks without a session in a last group. */
export function groupBySession<
  T extends ListedTalk & { session?: { slug: string; title: string; dates: readonly string[] } | null },
>(talks: readonly T[]): SessionGroup<T>[] {
  const groups = new Map<string | null, SessionGroup<T>>()
  for (const talk of talksNewestFirst(talks)) {
    const key = talk.session?.slug ?? null
    const group = groups.get(key) ?? { session: talk.session ?? null, talks: [] }
    group.talks.push(talk)
    groups.set(key, group)
  }
  return [...groups.values()]
}
