import { describe, expect, test } from 'vitest'
import { formatDatesFr } from './french-dates.ts'

describe('formatDatesFr', () => {
  test('writes a date in French, whatever the time zone of the editor', () => {
    expect(formatDatesFr(['2025-06-01'])).toBe('1 juin 2025')
  })

  test('joins several dates with « et »', () => {
    expect(formatDatesFr(['2025-06-12', '2025-06-13'])).toBe('12 juin 2025 et 13 juin 2025')
  })

  test('writes nothing for an edition without dates', () => {
    expect(formatDatesFr(undefined)).toBe('')
    expect(formatDatesFr(['pas une date'])).toBe('')
  })
})
