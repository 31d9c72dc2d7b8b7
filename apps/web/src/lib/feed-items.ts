import { talkFormat, toPlainText, type SessionEntry } from '@weshare/schema'
import { lastDate } from './sessions.ts'
import { excerpt } from './excerpt.ts'
import { parseIsoDate } from '@weshare/schema/dates'
import { groupByFormat } from './talks-by-format.ts'
import type { SiteTalk } from './talk-collection.ts'
import { paths } from './urls.ts'

export interface FeedItem {
  title: string
  /** Site path; the feed library resolves it against the site URL. */
  link: string
  pubDate?: Date
  description: string
  categories: string[]
}

/**
 * The feed: every session recap and every talk recap, newest first. A session and its talks share
 * its last day; the session comes first, then its talks in the order the recap reads. Talks that no
 * session lists have no date and come last.
 */
export function feedItems(sessions: readonly SessionEntry[], talks: readonly SiteTalk[]): FeedItem[] {
  const readingOrder = new Map(
    sessions.flatMap((session) =>
      groupByFormat(session.talks)
        .flatMap((group) => group.talks)
        .map((talk, index) => [talk.slug, index] as const),
    ),
  )
  const sessionItems = sessions.map((session) => ({
    day: lastDate(session.dates),
    rank: -1,
    item: {
      title: session.title,
      link: paths.session(session.slug),
      pubDate: parseIsoDate(lastDate(session.dates)),
      description: session.seoDescription || excerpt(toPlainText(session.intro), 300),
      categories: ['Édition'],
    },
  }))
  const talkItems = talks.map((talk) => ({
    day: talk.session && talk.session.dates.length > 0 ? lastDate(talk.session.dates) : '',
    rank: readingOrder.get(talk.slug) ?? Number.MAX_SAFE_INTEGER,
    item: {
      title: talk.title,
      link: paths.talk(talk.slug),
      ...(talk.session && talk.session.dates.length > 0 ? { pubDate: parseIsoDate(lastDate(talk.session.dates)) } : {}),
      description: excerpt(talk.recapStart, 300),
      categories: [talkFormat(talk.format).label, ...talk.tags.map((tag) => tag.title)],
    },
  }))
  return [...sessionItems, ...talkItems]
    .toSorted((a, b) => b.day.localeCompare(a.day) || a.rank - b.rank)
    .map(({ item }) => item)
}
