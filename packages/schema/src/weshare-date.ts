import { z } from 'zod'
import { calendarDate } from './dates.ts'
import { shownValue } from './text.ts'

/** The first WeShare day the archive could hold: older dates are typos ("0023" for "2023"). */
export const FIRST_WESHARE_YEAR = 2000

/** The last year a WeShare day may be dated: next year, so a coming day can be prepared. */
export function lastWeshareYear(today: Date = new Date()): number {
  return today.getUTCFullYear() + 1
}

/** The date of a WeShare day, 'YYYY-MM-DD', a real calendar day between 2000 and next year. */
export const IsoDateSchema = z
  .string({ error: 'date vide : choisissez-la dans le calendrier du Studio.' })
  .superRefine((value, context) => {
    const date = calendarDate(value)
    if (!date) {
      context.addIssue({
        code: 'custom',
        input: value,
        message: `${shownValue(value)} n'est pas une date au format AAAA-MM-JJ : choisissez-la dans le calendrier.`,
      })
      return
    }
    const year = date.getUTCFullYear()
    const last = lastWeshareYear()
    if (year < FIRST_WESHARE_YEAR || year > last) {
      context.addIssue({
        code: 'custom',
        input: value,
        message: `"${value}" est hors de la période des WeShare (une date entre ${FIRST_WESHARE_YEAR} et ${last}) : vérifiez l'année, puis choisissez la date dans le calendrier.`,
      })
    }
  })
