import { SITE_SETTINGS_ID } from '@weshare/schema'
import type { SiteSettings } from '@weshare/schema'

/**
 * Site settings for an import built on its own (`--with-site-settings`), without the dataset it is
 * normally merged into. System fields are filled in by `toDocuments`.
 */
export const DEFAULT_SITE_SETTINGS: Omit<SiteSettings, '_createdAt' | '_updatedAt' | '_rev'> = {
  _id: SITE_SETTINGS_ID,
  _type: 'siteSettings',
  title: 'WeShare recaps',
  description: 'Les résumés des talks présentés lors des WeShare, nos journées mensuelles de partage technique.',
  language: 'fr',
  baseUrl: 'https://recaps.weshare.example',
}
