/** What a social card shows: the talk or session it stands for, as the page words it. */
export interface SocialCard {
  /** The talk's or session's title, as long as the content allows: the card cuts it at three lines. */
  title: string
  /** The talk's format label (« Conférence », « Quickie »…), or « Édition » for a session. */
  kind: string
  /** Speakers' names, in the order the page credits them; the card names the first few. */
  speakers: string[]
  /** The date, already written in French (« lundi 6 février 2023 »), or '' when there is none. */
  date: string
  /** The site's title, from the site settings. */
  siteName: string
}

const TEXT_FIELDS = ['title', 'kind', 'date', 'siteName'] as const satisfies readonly (keyof SocialCard)[]
const REQUIRED_FIELDS: ReadonlySet<keyof SocialCard> = new Set(['title', 'siteName'])

/**
 * Throws when `card` cannot be drawn: a field that is not text, or a title, site name or speaker
 * with nothing to show. The card stands in for a page whose content passed validation already,
 * so this catches a caller passing the wrong value, and says which.
 */
export function assertSocialCard(card: SocialCard): void {
  const subject = typeof card?.title === 'string' ? `The social card of "${card.title}"` : 'A social card'
  if (typeof card !== 'object' || card === null) {
    throw new TypeError(
      `${subject} is ${describe(card)}, not an object. Pass { title, kind, speakers, date, siteName }.`,
    )
  }
  for (const field of TEXT_FIELDS) {
    const value: unknown = card[field]
    if (typeof value !== 'string') {
      throw new TypeError(`${subject}: ${field} is ${describe(value)}, not a text. Pass the ${field} as a string.`)
    }
    if (REQUIRED_FIELDS.has(field) && value.trim() === '') {
      throw new TypeError(`${subject}: ${field} is empty, and the card would show none. Pass the page's ${field}.`)
    }
  }
  const speakers: unknown = card.speakers
  if (!Array.isArray(speakers)) {
    throw new TypeError(`${subject}: speakers is ${describe(speakers)}, not a list. Pass [] when nobody spoke.`)
  }
  speakers.forEach((name: unknown, index) => {
    if (typeof name !== 'string' || name.trim() === '') {
      throw new TypeError(
        `${subject}: speakers[${index}] is ${describe(name)}, not a speaker's name. Pass each speaker's name as a text.`,
      )
    }
  })
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === null || value === undefined) return String(value)
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`
}
