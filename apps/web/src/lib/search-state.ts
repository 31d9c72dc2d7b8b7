import type { Facet } from './search-facets.ts'

/*
 * What a search is — query, filters, order — and how it reads and writes the URL of /recherche/,
 * so that a link restores exactly what its author saw. Run by the browser (src/scripts/search/),
 * hence no dependency but types and the route map: the facets come from the page (FACETS, embedded by the build).
 */
import { SEARCH_ROUTE } from '@weshare/schema/routes'

/**
 * Relevance needs words to weigh: without a query, results always come newest first.
 * `recent` is the only value written to the URL (`sort=recent`); relevance is the default.
 */
export type SearchOrder = 'relevance' | 'recent'

export interface SearchState {
  query: string
  /** The chosen values of each facet; a facet left out has none. */
  filters: Partial<Record<Facet, string[]>>
  order: SearchOrder
}

export const QUERY_PARAM = SEARCH_ROUTE.queryParameter
export const ORDER_PARAM = 'sort'

/** No value chosen in any of `facets`, which keep their order (the order links are written in). */
export function emptyFilters(facets: readonly Facet[]): SearchState['filters'] {
  return Object.fromEntries(facets.map((facet) => [facet, []]))
}

/**
 * The state a URL's query string describes, for the facets of the page; unknown parameters are
 * ignored, repeated values kept once.
 */
export function readSearchState(search: string | URLSearchParams, facets: readonly Facet[]): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const filters = emptyFilters(facets)
  for (const facet of facets) {
    filters[facet] = [
      ...new Set(
        params
          .getAll(facet)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ]
  }
  return {
    query: (params.get(QUERY_PARAM) ?? '').trim(),
    filters,
    order: params.get(ORDER_PARAM) === 'recent' ? 'recent' : 'relevance',
  }
}

/** The query string of a state, `?` included; empty parts are left out so that links stay short. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams()
  if (state.query.trim()) params.set(QUERY_PARAM, state.query.trim())
  for (const [facet, values] of Object.entries(state.filters)) for (const value of values) params.append(facet, value)
  if (state.order === 'recent') params.set(ORDER_PARAM, 'recent')
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The order results come in: newest first when asked, or when there is no query to weigh. */
export function effectiveOrder(state: SearchState): SearchOrder {
  return state.query.trim() ? state.order : 'recent'
}

export function activeFilterCount(state: SearchState): number {
  return Object.values(state.filters).reduce((sum, values) => sum + values.length, 0)
}

/** Pagefind's filter object: values of one facet are alternatives (any), facets add up (and). */
export type PagefindFilters = Partial<Record<Facet, { any: string[] }>>

/** The filters of `state` for Pagefind, leaving out `except` (a facet counts its values without its own choice). */
export function pagefindFilters(state: SearchState, except?: Facet): PagefindFilters {
  const filters: PagefindFilters = {}
  for (const [facet, values] of Object.entries(state.filters) as Array<[Facet, string[]]>) {
    if (facet !== except && values.length > 0) filters[facet] = { any: values }
  }
  return filters
}
