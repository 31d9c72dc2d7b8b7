import { HIGHLIGHT_PARAM, PAGEFIND_URL } from '../../lib/search-assets.ts'
import { readRecentOrder, RECENT_ORDER_URL } from '../../lib/search-order.ts'

/*
 * The part of Pagefind's browser API (pagefind.js, written by the build next to the index) that
 * search uses. Pagefind ships no types for it; these follow its 1.6 bundle and
 * https://pagefind.app/docs/api/.
 */

export type FilterCounts = Record<string, Record<string, number>>

export interface PagefindSubResult {
  title: string
  url: string
  excerpt: string
  /** Absent for the part of the page before its first heading. */
  anchor?: { element: string; id: string; text?: string }
}

export interface PagefindResultData {
  url: string
  /** Text with the matched words in <mark>; Pagefind escapes < and > only. */
  excerpt: string
  meta: Partial<Record<string, string>>
  sub_results: PagefindSubResult[]
}

export interface PagefindResult {
  id: string
  data: () => Promise<PagefindResultData>
}

export interface PagefindResponse {
  results: PagefindResult[]
  unfilteredResultCount: number
  /** Results each filter value would leave, in addition to the current filters. */
  filters: FilterCounts
}

/** No `sort`: the index has no sort key, newest first is loadRecentOrder()'s. */
export interface PagefindSearchOptions {
  filters?: object
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>
  filters: () => Promise<FilterCounts>
}

/** pagefind.js itself: the default instance's functions, and more instances on the same index. */
interface PagefindModule extends Pagefind {
  createInstance: (options?: Record<string, unknown>) => Pagefind
}

declare const __SEARCH_DEV__: boolean

/** Why search cannot run, in words for the reader (and, in `astro dev`, for the developer). */
export class SearchUnavailableError extends Error {}

const OPTIONS = { highlightParam: HIGHLIGHT_PARAM, excerptLength: 26 }

function unavailable(cause: unknown): SearchUnavailableError {
  const hint = __SEARCH_DEV__
    ? ' En développement, la recherche utilise l’index de la dernière construction : lancez « npm run build » une fois, puis rechargez la page.'
    : ' Vérifiez votre connexion, puis réessayez.'
  return new SearchUnavailableError(`La recherche est indisponible : son index n’a pas pu être chargé.${hint}`, {
    cause,
  })
}

/**
 * `load`, run once and shared by every caller. A failure is forgotten, so that the next call tries
 * again, and reaches callers as a SearchUnavailableError.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined
  return () =>
    (pending ??= load().catch((cause: unknown) => {
      pending = undefined
      throw cause instanceof SearchUnavailableError ? cause : unavailable(cause)
    }))
}

const importPagefind = once(() => import(/* @vite-ignore */ `${PAGEFIND_URL}pagefind.js`) as Promise<PagefindModule>)

/** Pagefind, loaded once. Result links carry the searched words for the highlighter of the target page. */
export const loadPagefind = once(async () => {
  const pagefind = await importPagefind()
  await pagefind.options(OPTIONS)
  await pagefind.init()
  return pagefind
})

/**
 * A second instance on the same index, with every filter's data loaded, for the facet counts. An
 * instance that holds filter data counts every value of every filter on each search: on 10,000
 * talks a common word then takes ~0.4 s more. Results come from loadPagefind()'s instance, which
 * only loads the filters a search uses, and show first; the counts follow from this one.
 */
export const loadFacetCounter = once(async () => {
  const counter = (await importPagefind()).createInstance(OPTIONS)
  await counter.init()
  await counter.filters()
  return counter
})

/**
 * The date rank of every page, for « Plus récents » (src/lib/search-order.ts): loaded the first
 * time results come newest first, never for a search by relevance.
 */
export const loadRecentOrder = once(async () => {
  const [response, all] = await Promise.all([
    fetch(RECENT_ORDER_URL),
    loadPagefind().then((pagefind) => pagefind.search(null)),
  ])
  if (!response.ok) throw new Error(`${RECENT_ORDER_URL} answered ${response.status} ${response.statusText}`)
  return readRecentOrder(
    await response.text(),
    all.results.map((result) => result.id),
  )
})
