import { localeOf, type SiteLanguage } from './site-language.ts'

export type ListPart<T> = { type: 'item'; item: T; text: string } | { type: 'separator'; text: string }

const formats = new Map<SiteLanguage, Intl.ListFormat>()
function listFormat(language: SiteLanguage): Intl.ListFormat {
  let format = formats.get(language)
  if (!format) {
    format = new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' })
    formats.set(language, format)
  }
  return format
}

/**
 * Items joined as the language does ("A, B et C"), cut into items and the words between them so
 * that each item can be rendered as its own element (a link, a <time>).
 */
export function listParts<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  language: SiteLanguage = 'fr',
): ListPart<T>[] {
  let next = 0
  return listFormat(language)
    .formatToParts(items.map(textOf))
    .map((part) => {
      if (part.type === 'literal') return { type: 'separator', text: part.value }
      return { type: 'item', item: items[next++] as T, text: part.value }
    })
}

/** "A, B et C" (or "A, B and C" in English). */
export function formatList(items: readonly string[], language: SiteLanguage = 'fr'): string {
  return listFormat(language).format(items)
}
