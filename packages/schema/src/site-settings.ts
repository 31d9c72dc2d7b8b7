import { z } from 'zod'
import { LIMITS } from './limits.ts'
import { text } from './text.ts'
import { DocumentBaseSchema } from './document.ts'
import { HttpUrlSchema } from './http-url.ts'
import { shownValue } from './text.ts'
import { SITE_LANGUAGES, type SiteLanguage } from './site-language.ts'

export const SITE_SETTINGS_ID = 'siteSettings'

/** Site-wide settings: a single document with the fixed id `siteSettings`. */
export const SiteSettingsSchema = DocumentBaseSchema.extend({
  _type: z.literal('siteSettings'),
  /** Name of the site, shown in the header and in page titles. */
  title: text({
    max: LIMITS.titleLength,
    empty: 'le titre du site est vide : saisissez-le dans « Réglages du site ».',
  }),
  /** One sentence describing the site, for search engines and feeds. */
  description: text({
    max: LIMITS.descriptionLength,
    empty: 'la description du site est vide : saisissez-la dans « Réglages du site ».',
  }),
  /** Language the recaps are written in: pages declare it, dates are written in it; the site's own labels stay French. */
  language: z.enum(SITE_LANGUAGES.map((language) => language.value) as [SiteLanguage, ...SiteLanguage[]]),
  /** Public address of the site: "Voir sur le site", canonical links, the feed and the sitemap; SITE_URL overrides it for one deployment. */
  baseUrl: HttpUrlSchema.refine((value) => !/[?#]/.test(value), {
    error: (issue) =>
      `l'adresse du site ${shownValue(String(issue.input))} a une partie « ? » ou « # », qu'aucune adresse de page ne peut porter : gardez seulement https://hôte/ dans « Réglages du site ».`,
  }),
})

export type SiteSettings = z.output<typeof SiteSettingsSchema>
