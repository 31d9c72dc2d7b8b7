/**
 * Languages the site's content can be written in, with the locale each one is published as:
 * `<html lang>`, dates, the feed's `<language>`, og:locale and structured data follow it.
 * No zod here: browser code imports it (through dates.ts) as `@weshare/schema/dates`.
 */
export const SITE_LANGUAGES = [
  { value: 'fr', label: 'Français', locale: 'fr-FR' },
  { value: 'en', label: 'English', locale: 'en-GB' },
] as const

export type SiteLanguage = (typeof SITE_LANGUAGES)[number]['value']

/** The BCP 47 locale of a site language: `fr` → `fr-FR`. */
export function localeOf(language: SiteLanguage): string {
  const found = SITE_LANGUAGES.find((candidate) => candidate.value === language)
  if (!found) {
    throw new Error(
      `"${String(language)}" is not a site language (${SITE_LANGUAGES.map((candidate) => candidate.value).join(', ')}): pick one in « Réglages du site ».`,
    )
  }
  return found.locale
}

/** A site language given as a browser's `<html lang>` reads it (`fr`, `fr-FR`, `en`…), French by default. */
export function siteLanguageOf(lang: string | null | undefined): SiteLanguage {
  const primary = (lang ?? '').split('-')[0]?.toLowerCase()
  return SITE_LANGUAGES.find((candidate) => candidate.value === primary)?.value ?? 'fr'
}
