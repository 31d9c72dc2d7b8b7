import { foldAccents } from '@weshare/schema'
import { FRENCH_MONTHS } from './french-months.ts'

const MONTH_NUMBER = new Map<string, number>(FRENCH_MONTHS.map((month, index) => [foldAccents(month), index + 1]))
const MONTH = `(${[...MONTH_NUMBER.keys()].join('|')})`
const DAY = String.raw`(1er|[0-3]?\d)`

const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g
const NUMERIC_DATE = /(?<!\d)([0-3]?\d)\/([01]?\d)\/(\d{4})(?!\d)/g
/** "6 février 2023", "1er mars 2023", and "6 et 7 février 2023" (several days of one month). */
const FRENCH_DATE = new RegExp(
  String.raw`(?<![\p{L}\d])((?:${DAY}\s*(?:,|et)\s*)*)${DAY}\s+${MONTH}\s+(\d{4})(?!\d)`,
  'giu',
)

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

function dayNumber(day: string): number {
  return day.toLowerCase() === '1er' ? 1 : Number(day)
}

/**
 * The explicit dates a text gives, as YYYY-MM-DD, in the order they appear, without repeats: ISO dates,
 * 06/02/2023, and French dates with a day, a month and a year ("lundi 6 février 2023"). A month without
 * a day ("février et mars") is not a date: the importer does not guess which day was meant.
 */
export function findDates(text: string): string[] {
  const folded = foldAccents(text)
  const found: Array<{ index: number; date: string }> = []
  for (const match of folded.matchAll(ISO_DATE)) {
    const date = isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
    if (date) found.push({ index: match.index, date })
  }
  for (const match of folded.matchAll(NUMERIC_DATE)) {
    const date = isoDate(Number(match[3]), Number(match[2]), Number(match[1]))
    if (date) found.push({ index: match.index, date })
  }
  for (const match of folded.matchAll(FRENCH_DATE)) {
    const month = MONTH_NUMBER.get((match[4] ?? '').toLowerCase()) ?? 0
    const year = Number(match[5])
    const days = [...(match[1] ?? '').matchAll(/1er|\d+/gi)].map((day) => day[0]).concat(match[3] ?? '')
    for (const day of days) {
      const date = isoDate(year, month, dayNumber(day))
      if (date) found.push({ index: match.index, date })
    }
  }
  return [...new Set(found.sort((a, b) => a.index - b.index).map((item) => item.date))]
}

/** French month names a text mentions, for the hint given when it has no explicit date. */
export function mentionedMonths(text: string): string[] {
  const words = new Set(
    foldAccents(text)
      .toLowerCase()
      .split(/[^a-z]+/),
  )
  return FRENCH_MONTHS.filter((month) => words.has(foldAccents(month)))
}
