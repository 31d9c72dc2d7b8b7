import { HIGHLIGHT_PARAM, PAGEFIND_URL } from '../../lib/search-assets.ts'

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

export interface PagefindSearchOptions {
  filters?: object
  sort?: Record<string, 'asc' | 'desc'>
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>
  filters: () => Promise<FilterCounts>
}

declare const __SEARCH_DEV__: boolean

/** Why search cannot run, in words for the reader (and, in `astro dev`, for the developer). */
export class SearchUnavailableError extends Error {}

let loading: Promise<Pagefind> | undefined

/**
 * Pagefind, loaded once. Result links carry the searched words for the highlighter of the target page.
 * A failed load is forgotten, so that the next attempt tries again.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    try {
      const url = `${PAGEFIND_URL}pagefind.js`
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind
      await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 26 })
      await pagefind.init()
      return pagefind
    } catch (cause) {
      loading = undefined
      const hint = __SEARCH_DEV__
        ? ' En développement, la recherche utilise l’index de la dernière construction : lancez « npm run build » une fois, puis rechargez la page.'
        : ' Vérifiez votre connexion, puis réessayez.'
      throw new SearchUnavailableError(`La recherche est indisponible : son index n’a pas pu être chargé.${hint}`, {
        cause,
      })
    }
  })()
  return loading
}
