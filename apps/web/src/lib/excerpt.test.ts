import { describe, expect, test } from 'vitest'
import { excerpt } from './excerpt.ts'

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
