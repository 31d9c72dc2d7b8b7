import { describe, expect, test } from 'vitest'
import { pageCount, pageOf } from './pagination.ts'

const items = Array.from({ length: 25 }, (_, index) => index + 1)

describe('pageOf', () => {
  test('puts the first 12 items on page 1', () => {
    expect(pageOf(items, 12, 1).items).toEqual(items.slice(0, 12))
  })

  test('puts the remainder on the last page', () => {
    expect(pageOf(items, 12, 3)).toEqual({ items: [25], page: 3, pageCount: 3 })
  })

  test('refuses a page past the end', () => {
    expect(() => pageOf(items, 12, 4)).toThrow(/Page 4 does not exist: there are 3 page/)
  })
})

test('pageCount gives 12 items one page and 13 items two', () => {
  expect([pageCount(0, 12), pageCount(12, 12), pageCount(13, 12)]).toEqual([1, 1, 2])
})
