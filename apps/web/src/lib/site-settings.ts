import { getEntry } from 'astro:content'
import type { SiteSettingsEntry } from '@weshare/schema'

/** The site settings (title, description, language, address), edited in the Studio's "Réglages du site" singleton. */
export async function getSiteSettings(): Promise<SiteSettingsEntry> {
  const entry = await getEntry('settings', 'site')
  if (!entry) {
    throw new Error(
      'The site settings entry "site" is missing from the settings collection: the dataset has no siteSettings document. ' +
        'Create and publish "Réglages du site" in the Studio, or add it to the dataset file.',
    )
  }
  return entry.data
}
