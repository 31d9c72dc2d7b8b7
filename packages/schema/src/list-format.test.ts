import { describe, expect, test } from 'vitest'
import { formatList, listParts } from './list-format.ts'

describe('formatList', () => {
  test('joins two names with "et"', () => {
    expect(formatList(['Ismaël', 'David'])).toBe('Ismaël et David')
  })

  test('joins three names with a comma and "et", without an Oxford comma', () => {
    expect(formatList(['Jean-Pascal', 'Damien', 'Lilian'])).toBe('Jean-Pascal, Damien et Lilian')
  })

  test('returns a single name as is', () => {
    expect(formatList(['Ronan'])).toBe('Ronan')
  })
})

test('listParts keeps each item with its text, in order, between separators', () => {
  const speakers = [
    { slug: 'ismael', name: 'Ismaël' },
    { slug: 'david', name: 'David' },
  ]
  expect(listParts(speakers, (speaker) => speaker.name)).toEqual([
    { type: 'item', item: speakers[0], text: 'Ismaël' },
    { type: 'separator', text: ' et ' },
    { type: 'item', item: speakers[1], text: 'David' },
  ])
})

test('formatList joins English items with "and"', () => {
  expect(formatList(['Ada', 'Grace', 'Alan'], 'en')).toBe('Ada, Grace and Alan')
})
