import { describe, expect, test } from 'vitest'
import {
  effectiveOrder,
  emptyFilters,
  pagefindFilters,
  readSearchState,
  writeSearchState,
  type SearchState,
} from './search-state.ts'
import { FACETS } from './search-facets.ts'

const read = (search: string) => readSearchState(search, FACETS)
const noFilter = emptyFilters(FACETS)
const state = (partial: Partial<SearchState>): SearchState => ({
  query: '',
  filters: noFilter,
  order: 'relevance',
  ...partial,
})

describe('the search state in the URL', () => {
  test('reads the query, every value of every filter and the order of a shared link', () => {
    expect(read('?q=kafka&format=conference&format=rex&tag=data&speaker=joachim&sort=recent')).toEqual({
      query: 'kafka',
      filters: { ...noFilter, format: ['conference', 'rex'], tag: ['data'], speaker: ['joachim'] },
      order: 'recent',
    })
  })

  test('writes back the same link it read, so that a shared link survives a round trip', () => {
    const link = '?q=kafka+explique&format=conference&tag=data&sort=recent'
    expect(writeSearchState(read(link))).toBe(link)
  })

  test('ignores unknown parameters, blank values and repeated ones, and orders by relevance unless told', () => {
    expect(read('?utm_source=x&tag=&tag=kafka&tag=kafka&sort=oldest&q=%20%20')).toEqual(
      state({ filters: { ...noFilter, tag: ['kafka'] } }),
    )
  })

  test('reads every facet of the page, and those only', () => {
    const search = new URLSearchParams(FACETS.map((facet) => [facet, `valeur-${facet}`]))
    expect(read(search.toString()).filters).toEqual(
      Object.fromEntries(FACETS.map((facet) => [facet, [`valeur-${facet}`]])),
    )
    expect(readSearchState(search, ['tag']).filters).toEqual({ tag: ['valeur-tag'] })
  })

  test('leaves out what is empty, down to no query string at all', () => {
    expect(writeSearchState(state({}))).toBe('')
    expect(writeSearchState(state({ filters: {} }))).toBe('')
    expect(writeSearchState(state({ query: '  k8s ' }))).toBe('?q=k8s')
  })
})

describe('what Pagefind is asked', () => {
  test('accepts any value within a facet and requires every facet', () => {
    const chosen = state({ filters: { ...noFilter, format: ['conference', 'rex'], tag: ['kafka'] } })
    expect(pagefindFilters(chosen)).toEqual({ format: { any: ['conference', 'rex'] }, tag: { any: ['kafka'] } })
  })

  test("leaves a facet's own choice out when counting that facet's values", () => {
    const chosen = state({ filters: { ...noFilter, format: ['conference'], tag: ['kafka'] } })
    expect(pagefindFilters(chosen, 'format')).toEqual({ tag: { any: ['kafka'] } })
  })

  test('sorts newest first when asked, and always when there is no query to weigh', () => {
    expect(effectiveOrder(state({ query: 'kafka' }))).toBe('relevance')
    expect(effectiveOrder(state({ query: 'kafka', order: 'recent' }))).toBe('recent')
    expect(effectiveOrder(state({ query: '', order: 'relevance' }))).toBe('recent')
  })
})
