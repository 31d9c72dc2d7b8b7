import { expect, test } from 'vitest'
import { sessionTitleFromDates } from './session-title.ts'

test('names the session after the months of its dates', () => {
  expect(sessionTitleFromDates(['2023-02-06', '2023-03-06'])).toBe('WeShare de février et mars 2023')
  expect(sessionTitleFromDates(['2023-03-06'])).toBe('WeShare de mars 2023')
})

test('elides « de » before a month starting with a vowel', () => {
  expect(sessionTitleFromDates(['2024-04-01'])).toBe("WeShare d'avril 2024")
})

test('names each year when the dates span two', () => {
  expect(sessionTitleFromDates(['2024-01-08', '2023-12-04'])).toBe('WeShare de décembre 2023 et janvier 2024')
})
