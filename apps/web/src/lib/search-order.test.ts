import { describe, expect, test } from 'vitest'
import { newestFirst, readRecentOrder, writeRecentOrder } from './search-order.ts'

const pages = [
  { id: 'fr_c3', date: '2023-02-06' },
  { id: 'fr_a1', date: '2024-05-06' },
  { id: 'fr_b2', date: undefined },
  { id: 'fr_d4', date: '2024-05-06' },
  { id: 'fr_e5', date: '2023-03-06' },
]

describe('the order of « Plus récents »', () => {
  test('ranks each page by its date, newest first, the undated after every dated page', () => {
    const ranks = readRecentOrder(writeRecentOrder(pages), ['fr_e5', 'fr_d4', 'fr_c3', 'fr_b2', 'fr_a1'])
    expect(Object.fromEntries(ranks)).toEqual({ fr_a1: 0, fr_d4: 0, fr_e5: 1, fr_c3: 2, fr_b2: 3 })
  })

  test('writes one small number per page, whatever the length of the ids', () => {
    expect(writeRecentOrder(pages)).toBe('0,3,2,0,1\n')
  })

  test('puts results newest first and keeps the order of those of one date', () => {
    const ranks = readRecentOrder(
      writeRecentOrder(pages),
      pages.map(({ id }) => id),
    )
    const relevance = ['fr_b2', 'fr_d4', 'fr_c3', 'fr_a1', 'fr_e5'].map((id) => ({ id }))
    expect(newestFirst(relevance, ranks).map(({ id }) => id)).toEqual(['fr_d4', 'fr_a1', 'fr_e5', 'fr_c3', 'fr_b2'])
  })

  test('counts a page listed twice by the index once, as the file does', () => {
    const ranks = readRecentOrder(writeRecentOrder(pages), [...pages.map(({ id }) => id), 'fr_a1'])
    expect(ranks.size).toBe(pages.length)
  })

  test('refuses a file written for another index, saying both come from one build', () => {
    expect(() => readRecentOrder(writeRecentOrder(pages), ['fr_a1', 'fr_b2'])).toThrow(
      /recent\.txt does not match the search index: 5 ranks for 2 pages\. Both come from one build/,
    )
  })
})
