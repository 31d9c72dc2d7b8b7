import { z } from 'zod'
import { DocumentBaseSchema } from './document.ts'
import { HttpUrlSchema } from './http-url.ts'
import { SITE_LANGUAGES, type SiteLanguage } from './site-language.ts'

export const SITE_SETTINGS_ID = 'siteSettings'

/** Site-wide settings: a single document with the fixed id `siteSettings`. */
export const SiteSettingsSchema = DocumentBaseSchema.extend({
  _type: z.literal('siteSettings'),
  /** Name of the site, shown in the header and in page titles. */
  title: z.string().trim().min(1, { error: 'le titre du site est vide.' }),
  /** One sentence describing the site, for search engines and feeds. */
  description: z.string().trim().min(1, { error: 'la description du site est vide.' }),
  /** Language the recaps are written in: pages declare it, dates are written in it; the site's own labels stay French. */
  language: z.enum(SITE_LANGUAGES.map((language) => language.value) as [SiteLanguage, ...SiteLanguage[]]),
  /** Public address of the site: "Voir sur le site", canonical links, the feed and the sitemap; SITE_URL overrides it for one deployment. */
  baseUrl: HttpUrlSchema,
})

export type SiteSettings = z.output<typeof SiteSettingsSchema>
