import { describe, expect, test } from 'vitest'
import { dateParts, formatDate, formatDates, isIsoDate, parseIsoDate } from './dates.ts'

const long = { weekday: true }

describe('formatDate', () => {
  test('writes the day, month and year in French', () => {
    expect(formatDate('2023-02-06')).toBe('6 février 2023')
  })

  test('writes the weekday first when asked', () => {
    expect(formatDate('2023-02-06', long)).toBe('lundi 6 février 2023')
  })

  test('writes the date in the language of the site settings', () => {
    expect(formatDate('2023-02-06', { language: 'en', weekday: true })).toBe('Monday, 6 February 2023')
  })

  test('keeps the calendar day whatever the time zone of the machine', () => {
    expect(formatDate('2023-01-01', long)).toBe('dimanche 1 janvier 2023')
    expect(formatDate('2023-12-31', long)).toBe('dimanche 31 décembre 2023')
  })

  test.each(['06/02/2023', '2023-02-30', '2023-2-6', ''])('refuses %j, naming the expected form', (date) => {
    expect(() => formatDate(date)).toThrow(/YYYY-MM-DD/)
  })
})

describe('formatDates', () => {
  test('joins two dates with "et"', () => {
    expect(formatDates(['2023-02-06', '2023-03-06'], long)).toBe('lundi 6 février 2023 et lundi 6 mars 2023')
  })

  test('joins three dates with commas and "et"', () => {
    expect(formatDates(['2023-02-06', '2023-03-06', '2023-04-03'])).toBe('6 février 2023, 6 mars 2023 et 3 avril 2023')
  })

  test('joins English dates with "and"', () => {
    expect(formatDates(['2023-02-06', '2023-03-06'], { language: 'en' })).toBe('6 February 2023 and 6 March 2023')
  })
})

test('parseIsoDate reads the date at midnight UTC', () => {
  expect(parseIsoDate('2023-03-06').toISOString()).toBe('2023-03-06T00:00:00.000Z')
})

test('isIsoDate accepts only whole calendar dates', () => {
  expect(['2025-06-12', '2024-02-29'].every(isIsoDate)).toBe(true)
  expect(['2025-06-1', '2023-02-29', 'pas une date', undefined, 20250612].some(isIsoDate)).toBe(false)
})

describe('dateParts', () => {
  test('pairs each written date with its ISO form, separators in between', () => {
    expect(dateParts(['2023-02-06', '2023-03-06'], long)).toEqual([
      { type: 'date', iso: '2023-02-06', text: 'lundi 6 février 2023' },
      { type: 'separator', text: ' et ' },
      { type: 'date', iso: '2023-03-06', text: 'lundi 6 mars 2023' },
    ])
  })
})
