import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { getCollection } from 'astro:content'
import { localeOf } from '@weshare/schema'
import { feedItems } from '../lib/feed-items.ts'
import { getSiteSettings } from '../lib/site-settings.ts'
import { siteOf } from '../lib/urls.ts'

/** Session recaps and talk recaps in one feed. */
export const GET: APIRoute = async ({ site }) => {
  const settings = await getSiteSettings()
  const sessions = (await getCollection('sessions')).map((entry) => entry.data)
  const talks = (await getCollection('talks')).map((entry) => entry.data)
  return rss({
    title: settings.title,
    description: settings.description,
    site: siteOf(site),
    items: feedItems(sessions, talks),
    customData: `<language>${localeOf(settings.language)}</language>`,
  })
}
