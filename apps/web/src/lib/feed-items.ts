import { talkFormat, toPlainText, type EditionEntry } from '@weshare/schema'
import { lastDate } from './editions.ts'
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
 * The feed: every edition recap and every talk recap, newest first. An edition and its talks share
 * its last day; the edition comes first, then its talks in the order the recap reads. Talks that no
 * edition lists have no date and come last.
 */
export function feedItems(editions: readonly EditionEntry[], talks: readonly SiteTalk[]): FeedItem[] {
  const readingOrder = new Map(
    editions.flatMap((edition) =>
      groupByFormat(edition.talks)
        .flatMap((group) => group.talks)
        .map((talk, index) => [talk.slug, index] as const),
    ),
  )
  const editionItems = editions.map((edition) => ({
    day: lastDate(edition.dates),
    rank: -1,
    item: {
      title: edition.title,
      link: paths.edition(edition.slug),
      pubDate: parseIsoDate(lastDate(edition.dates)),
      description: edition.seoDescription || excerpt(toPlainText(edition.intro), 300),
      categories: ['Édition'],
    },
  }))
  const talkItems = talks.map((talk) => ({
    day: talk.edition && talk.edition.dates.length > 0 ? lastDate(talk.edition.dates) : '',
    rank: readingOrder.get(talk.slug) ?? Number.MAX_SAFE_INTEGER,
    item: {
      title: talk.title,
      link: paths.talk(talk.slug),
      ...(talk.edition && talk.edition.dates.length > 0 ? { pubDate: parseIsoDate(lastDate(talk.edition.dates)) } : {}),
      description: excerpt(talk.recapStart, 300),
      categories: [talkFormat(talk.format).label, ...talk.topics.map((topic) => topic.title)],
    },
  }))
  return [...editionItems, ...talkItems]
    .toSorted((a, b) => b.day.localeCompare(a.day) || a.rank - b.rank)
    .map(({ item }) => item)
}
