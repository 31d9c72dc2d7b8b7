import { calendarDate } from '@weshare/schema'
import { frenchList, frenchListParts } from './french-list.ts'

// UTC on both sides: a 'YYYY-MM-DD' date must not move to the day before in a timezone west of UTC.
const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** The Date at midnight UTC of a 'YYYY-MM-DD' string, read as the schema reads it; throws on anything else. */
export function parseIsoDate(date: string): Date {
  const parsed = calendarDate(date)
  if (!parsed) {
    throw new Error(`"${date}" is not a calendar date: dates must be written YYYY-MM-DD, such as 2023-02-06.`)
  }
  return parsed
}

/** "2023-02-06" → "lundi 6 février 2023". */
export function formatFrenchDate(date: string): string {
  return dateFormat.format(parseIsoDate(date))
}

/** Several dates as one phrase: "lundi 6 février 2023 et lundi 6 mars 2023". */
export function formatFrenchDates(dates: readonly string[]): string {
  return frenchList(dates.map(formatFrenchDate))
}

export type DateListPart = { type: 'date'; iso: string; text: string } | { type: 'separator'; text: string }

/**
 * The phrase of formatFrenchDates cut into dates and the words between them, so that each date can
 * be wrapped in its own <time datetime="…"> element.
 */
export function frenchDateParts(dates: readonly string[]): DateListPart[] {
  return frenchListParts(dates, formatFrenchDate).map((part) =>
    part.type === 'item' ? { type: 'date', iso: part.item, text: part.text } : part,
  )
}
