import { describe, expect, test } from 'vitest'
import { formatFrenchDate, formatFrenchDates, frenchDateParts, parseIsoDate } from './french-date.ts'

describe('formatFrenchDate', () => {
  test('writes the weekday, day, month and year in French', () => {
    expect(formatFrenchDate('2023-02-06')).toBe('lundi 6 février 2023')
  })

  test('keeps the calendar day whatever the time zone of the build machine', () => {
    expect(formatFrenchDate('2023-01-01')).toBe('dimanche 1 janvier 2023')
    expect(formatFrenchDate('2023-12-31')).toBe('dimanche 31 décembre 2023')
  })

  test.each(['06/02/2023', '2023-02-30', '2023-2-6', ''])('refuses %j, naming the expected form', (date) => {
    expect(() => formatFrenchDate(date)).toThrow(/YYYY-MM-DD/)
  })
})

describe('formatFrenchDates', () => {
  test('joins two dates with "et"', () => {
    expect(formatFrenchDates(['2023-02-06', '2023-03-06'])).toBe('lundi 6 février 2023 et lundi 6 mars 2023')
  })

  test('joins three dates with commas and "et"', () => {
    expect(formatFrenchDates(['2023-02-06', '2023-03-06', '2023-04-03'])).toBe(
      'lundi 6 février 2023, lundi 6 mars 2023 et lundi 3 avril 2023',
    )
  })
})

test('parseIsoDate reads the date at midnight UTC', () => {
  expect(parseIsoDate('2023-03-06').toISOString()).toBe('2023-03-06T00:00:00.000Z')
})

describe('frenchDateParts', () => {
  test('pairs each written date with its ISO form, separators in between', () => {
    expect(frenchDateParts(['2023-02-06', '2023-03-06'])).toEqual([
      { type: 'date', iso: '2023-02-06', text: 'lundi 6 février 2023' },
      { type: 'separator', text: ' et ' },
      { type: 'date', iso: '2023-03-06', text: 'lundi 6 mars 2023' },
    ])
  })

  test('reads back as the same phrase as formatFrenchDates', () => {
    const dates = ['2023-02-06', '2023-03-06', '2023-04-03']
    expect(
      frenchDateParts(dates)
        .map((part) => part.text)
        .join(''),
    ).toBe(formatFrenchDates(dates))
  })
})
