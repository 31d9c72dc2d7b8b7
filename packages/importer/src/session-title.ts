import { formatList } from '@weshare/schema'
import { FRENCH_MONTHS } from './french-months.ts'

/**
 * A title for a session whose recap has none, from the months of its dates:
 * "WeShare de février et mars 2023", "WeShare d'avril 2024", "WeShare de décembre 2023 et janvier 2024".
 */
export function sessionTitleFromDates(dates: ReadonlyArray<string>): string {
  const months: Array<{ year: string; month: string }> = []
  for (const date of [...dates].sort()) {
    const year = date.slice(0, 4)
    const month = FRENCH_MONTHS[Number(date.slice(5, 7)) - 1] ?? date
    if (!months.some((item) => item.year === year && item.month === month)) months.push({ year, month })
  }
  const years = [...new Set(months.map((item) => item.year))]
  const words =
    years.length === 1
      ? `${formatList(months.map((item) => item.month))} ${years[0]}`
      : formatList(
          years.map(
            (year) => `${formatList(months.filter((item) => item.year === year).map((item) => item.month))} ${year}`,
          ),
        )
  return /^[aeiouyàâéèêëîïôûù]/i.test(words) ? `WeShare d'${words}` : `WeShare de ${words}`
}
