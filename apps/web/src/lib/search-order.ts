import { SEARCH_ASSETS_DIR } from './search-assets.ts'

/*
 * « Plus récents » without a Pagefind sort key. A sort key puts one page number per indexed page in
 * the metadata that every search loads, relevance searches included (2.5 kB at 1,000 talks, 26.5 kB
 * at 10,000). Adding the pages in date order would not shrink it: Pagefind stores the sorted page
 * numbers as they are, not their differences, so 0, 1, 2… compresses no better than any order. A
 * second index with the key would mean indexing twice, and a reader who chose « Plus récents »
 * would load its metadata and chunks again. Instead the build writes the rank of each page's date
 * in a small file (scripts/search-order.ts), which the browser loads only for newest first: with
 * one rank per page id (ids in code-unit order, as a search with no words lists them all), it puts
 * any search's results in date order. At 1,000 talks the file is ~1 kB gzipped, at 10,000 ~12 kB.
 */

/** Written by the build next to the search module. */
export const RECENT_ORDER_URL = `/${SEARCH_ASSETS_DIR}/recent.txt`

export interface DatedPage {
  /** Pagefind's id of the page: the name of its fragment file, what a result's `id` says. */
  id: string
  /** 'YYYY-MM-DD', or undefined for a page no session dates: after every dated page. */
  date: string | undefined
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Each id once, in the order the file lists their ranks. */
function orderedIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(byCodeUnits)
}

/** The file: the rank of each page's date (0 for the newest date), comma-separated, pages in id order. */
export function writeRecentOrder(pages: readonly DatedPage[]): string {
  const dates = [...new Set(pages.flatMap(({ date }) => (date ? [date] : [])))].sort().reverse()
  const rankOf = new Map(dates.map((date, rank) => [date, rank]))
  const dateOf = new Map(pages.map(({ id, date }) => [id, date]))
  return `${orderedIds(dateOf.keys())
    .map((id) => {
      const date = dateOf.get(id)
      return date ? rankOf.get(date)! : dates.length
    })
    .join(',')}\n`
}

/**
 * The rank of each of `ids` (every page of the index, as a search with no words finds them) from
 * the file's text.
 */
export function readRecentOrder(text: string, ids: Iterable<string>): Map<string, number> {
  const ranks = text.trim().split(',').map(Number)
  const ordered = orderedIds(ids)
  if (ranks.length !== ordered.length || ranks.some((rank) => !Number.isInteger(rank) || rank < 0)) {
    throw new Error(
      `${RECENT_ORDER_URL} does not match the search index: ${ranks.length} ranks for ${ordered.length} pages. ` +
        'Both come from one build: publish them together (scripts/build.ts writes the file after Pagefind).',
    )
  }
  return new Map(ordered.map((id, index) => [id, ranks[index]!]))
}

/** `results` newest first; results of one date keep their order (relevance, when there are words). */
export function newestFirst<T extends { id: string }>(results: readonly T[], ranks: ReadonlyMap<string, number>): T[] {
  const last = Number.POSITIVE_INFINITY
  return results.toSorted((a, b) => (ranks.get(a.id) ?? last) - (ranks.get(b.id) ?? last))
}
