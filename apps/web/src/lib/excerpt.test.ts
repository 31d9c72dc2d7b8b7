import { describe, expect, test } from 'vitest'
import { excerpt, EXCERPT_MAX_LENGTH, excerptSource } from './excerpt.ts'

describe('excerpt', () => {
  test('returns a short text whole', () => {
    expect(excerpt('Un WeShare riche.', 40)).toBe('Un WeShare riche.')
  })

  test('cuts a long text between words and ends it with an ellipsis', () => {
    expect(excerpt('Chaque premier lundi du mois, toute la tribu se retrouve', 30)).toBe(
      'Chaque premier lundi du mois…',
    )
  })

  test('never exceeds the limit plus the ellipsis', () => {
    const text = 'mot '.repeat(100)
    expect(excerpt(text, 50).length).toBeLessThanOrEqual(51)
  })

  test('collapses paragraph breaks into single spaces', () => {
    expect(excerpt('Premier paragraphe.\n\nSecond paragraphe.', 100)).toBe('Premier paragraphe. Second paragraphe.')
  })

  test('cuts inside a very long word rather than returning almost nothing', () => {
    expect(excerpt(`a ${'x'.repeat(50)}`, 20)).toBe(`a ${'x'.repeat(18)}…`)
  })
})

test('any excerpt of a text is the same made from its excerptSource()', () => {
  const text = `Premier paragraphe sur Kafka.\n\n${'Des mots, encore des mots. '.repeat(40)}`
  for (const length of [60, 160, 300, EXCERPT_MAX_LENGTH]) {
    expect(excerpt(excerptSource(text), length)).toBe(excerpt(text, length))
  }
  expect(excerptSource(text)).toHaveLength(EXCERPT_MAX_LENGTH + 2)
})
