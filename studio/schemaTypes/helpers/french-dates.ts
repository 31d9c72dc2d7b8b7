const DAY = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const AND = new Intl.ListFormat('fr-FR', { style: 'long', type: 'conjunction' })

/** "12 juin 2025 et 13 juin 2025" from ISO dates (AAAA-MM-JJ); values that are not dates are skipped. */
export function formatDatesFr(dates: ReadonlyArray<string> | undefined): string {
  const days = (dates ?? [])
    .map((date) => new Date(`${date}T00:00:00Z`))
    .filter((day) => !Number.isNaN(day.getTime()))
    .map((day) => DAY.format(day))
  return AND.format(days)
}
