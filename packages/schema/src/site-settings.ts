import { z } from 'zod'
import { LIMITS } from './limits.ts'
import { text } from './text.ts'
import { DocumentBaseSchema } from './document.ts'
import { HttpUrlSchema } from './http-url.ts'

/** Languages the site can be published in. */
export const SITE_LANGUAGES = [
  { value: 'fr', label: 'Français' },
  { value: 'en', label: 'English' },
] as const

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
  /** Language of the content. */
  language: z.enum(SITE_LANGUAGES.map((language) => language.value) as ['fr', 'en']),
  /** Public address of the site, used for canonical links and the Studio's "Voir sur le site". */
  baseUrl: HttpUrlSchema,
})

export type SiteSettings = z.output<typeof SiteSettingsSchema>
