import { describe, expect, test } from 'vitest'
import { frenchList, frenchListParts } from './french-list.ts'

describe('frenchList', () => {
  test('joins two names with "et"', () => {
    expect(frenchList(['Ismaël', 'David'])).toBe('Ismaël et David')
  })

  test('joins three names with a comma and "et", without an Oxford comma', () => {
    expect(frenchList(['Jean-Pascal', 'Damien', 'Lilian'])).toBe('Jean-Pascal, Damien et Lilian')
  })

  test('returns a single name as is', () => {
    expect(frenchList(['Ronan'])).toBe('Ronan')
  })
})

test('frenchListParts keeps each item with its text, in order, between separators', () => {
  const speakers = [
    { slug: 'ismael', name: 'Ismaël' },
    { slug: 'david', name: 'David' },
  ]
  expect(frenchListParts(speakers, (speaker) => speaker.name)).toEqual([
    { type: 'item', item: speakers[0], text: 'Ismaël' },
    { type: 'separator', text: ' et ' },
    { type: 'item', item: speakers[1], text: 'David' },
  ])
})
