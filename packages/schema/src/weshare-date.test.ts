import { describe, expect, test } from 'vitest'
import { calendarDate } from './dates.ts'
import { IsoDateSchema, lastWeshareYear } from './weshare-date.ts'

const messages = (value: unknown) => IsoDateSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? []

describe('IsoDateSchema', () => {
  test('accepts a WeShare day', () => {
    expect(IsoDateSchema.parse('2023-02-06')).toBe('2023-02-06')
  })

  test('refuses a year typed with its first digits missing, and says which years are possible', () => {
    expect(messages('0023-02-06')).toEqual([
      `"0023-02-06" est hors de la période des WeShare (une date entre 2000 et ${lastWeshareYear()}) : vérifiez l'année, puis choisissez la date dans le calendrier.`,
    ])
  })

  test.each(['2023-02-30', '2023-13-01', '23-02-06', '2023-2-6', ''])(
    'refuses %j, which is no calendar day',
    (value) => {
      expect(messages(value).join(' ')).toMatch(/n'est pas une date au format AAAA-MM-JJ/)
    },
  )

  test('refuses a date after next year', () => {
    expect(messages(`${lastWeshareYear() + 1}-01-01`).join(' ')).toMatch(/hors de la période des WeShare/)
  })
})

describe('calendarDate()', () => {
  test('reads years 0–99 as themselves, not as 1900–1999', () => {
    expect(calendarDate('0023-02-06')?.getUTCFullYear()).toBe(23)
  })
})
