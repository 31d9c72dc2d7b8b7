import { listParts } from './list-format.ts'
import { localeOf, type SiteLanguage } from './site-language.ts'

/*
 * The one date formatter of the project: the site's pages and search results, the Studio's previews.
 * Dates are stored as 'YYYY-MM-DD' and formatted in UTC on both sides, so that a date never moves to
 * the day before in a time zone west of UTC. No zod here: browser code imports `@weshare/schema/dates`.
 */

export interface DateStyle {
  /** Language of the words (site settings' `language`); French by default. */
  language?: SiteLanguage
  /** "lundi 6 février 2023" rather than "6 février 2023". */
  weekday?: boolean
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const formats = new Map<string, Intl.DateTimeFormat>()
function dateFormat({ language = 'fr', weekday = false }: DateStyle): Intl.DateTimeFormat {
  const key = `${language}:${weekday}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), {
      ...(weekday ? { weekday: 'long' } : {}),
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    formats.set(key, format)
  }
  return format
}

/**
 * The Date at midnight UTC of a 'YYYY-MM-DD' calendar date, or undefined when there is no such day.
 * setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
 */
export function calendarDate(value: string): Date | undefined {
  const match = ISO_DATE.exec(value)
  if (!match) return undefined
  const date = new Date(0)
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return date.getUTCFullYear() === Number(match[1]) &&
    date.getUTCMonth() === Number(match[2]) - 1 &&
    date.getUTCDate() === Number(match[3])
    ? date
    : undefined
}

/** Whether `date` is a calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(date: unknown): date is string {
  return typeof date === 'string' && calendarDate(date) !== undefined
}

/** The Date at midnight UTC of a 'YYYY-MM-DD' string; throws on anything else. */
export function parseIsoDate(date: string): Date {
  const parsed = calendarDate(date)
  if (!parsed) {
    throw new Error(`"${date}" is not a calendar date: dates must be written YYYY-MM-DD, such as 2023-02-06.`)
  }
  return parsed
}

/** "2023-02-06" → "6 février 2023", or "lundi 6 février 2023" with `weekday`. */
export function formatDate(date: string, style: DateStyle = {}): string {
  return dateFormat(style).format(parseIsoDate(date))
}

export type DateListPart = { type: 'date'; iso: string; text: string } | { type: 'separator'; text: string }

/**
 * Several dates as one phrase cut into dates and the words between them, so that each date can be
 * wrapped in its own <time datetime="…"> element.
 */
export function dateParts(dates: readonly string[], style: DateStyle = {}): DateListPart[] {
  return listParts(dates, (date) => formatDate(date, style), style.language).map((part) =>
    part.type === 'item' ? { type: 'date', iso: part.item, text: part.text } : part,
  )
}

/** Several dates as one phrase: "6 février 2023 et 6 mars 2023". */
export function formatDates(dates: readonly string[], style: DateStyle = {}): string {
  return dateParts(dates, style)
    .map((part) => part.text)
    .join('')
}
