/*
 * What a search is — query, filters, order — and how it reads and writes the URL of /recherche/,
 * so that a link restores exactly what its author saw. Shared by the build (filter keys of the
 * index) and by the browser (src/scripts/search/), hence no dependency but the route map.
 */
import { SEARCH_ROUTE } from '@weshare/schema/routes'

/** Filters of the index, in the order the facet panel shows them. Each is also the URL parameter. */
export const FACETS = ['format', 'tag', 'speaker', 'edition'] as const
export type Facet = (typeof FACETS)[number]

/** The legend of each facet in the panel. */
export const FACET_LEGENDS: Readonly<Record<Facet, string>> = {
  format: 'Format',
  tag: 'Sujets',
  speaker: 'Intervenants',
  edition: 'Édition',
}

/** The sort key every indexed page carries ('YYYY-MM-DD'), so that sorting by it drops no page. */
export const DATE_SORT = 'date'

/**
 * Relevance needs words to weigh: without a query, results always come newest first.
 * `recent` is the only value written to the URL (`sort=recent`); relevance is the default.
 */
export type SearchOrder = 'relevance' | 'recent'

export interface SearchState {
  query: string
  filters: Record<Facet, string[]>
  order: SearchOrder
}

export const QUERY_PARAM = SEARCH_ROUTE.queryParameter
export const ORDER_PARAM = 'sort'

export function emptyFilters(): Record<Facet, string[]> {
  return { format: [], tag: [], speaker: [], edition: [] }
}

/** The state a URL's query string describes; unknown parameters are ignored, repeated values kept once. */
export function readSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const filters = emptyFilters()
  for (const facet of FACETS) {
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
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value)
  if (state.order === 'recent') params.set(ORDER_PARAM, 'recent')
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The order results come in: newest first when asked, or when there is no query to weigh. */
export function effectiveOrder(state: SearchState): SearchOrder {
  return state.query.trim() ? state.order : 'recent'
}

export function activeFilterCount(state: SearchState): number {
  return FACETS.reduce((sum, facet) => sum + state.filters[facet].length, 0)
}

/** Pagefind's filter object: values of one facet are alternatives (any), facets add up (and). */
export type PagefindFilters = Partial<Record<Facet, { any: string[] }>>

/** The filters of `state` for Pagefind, leaving out `except` (a facet counts its values without its own choice). */
export function pagefindFilters(state: SearchState, except?: Facet): PagefindFilters {
  const filters: PagefindFilters = {}
  for (const facet of FACETS) {
    if (facet !== except && state.filters[facet].length > 0) filters[facet] = { any: state.filters[facet] }
  }
  return filters
}

/** The sort option of Pagefind for a state, or undefined for relevance. */
export function pagefindSort(state: SearchState): Record<string, 'desc'> | undefined {
  return effectiveOrder(state) === 'recent' ? { [DATE_SORT]: 'desc' } : undefined
}
