import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { getCollection } from 'astro:content'
import { feedItems } from '../lib/feed-items.ts'
import { getSiteSettings } from '../lib/site-settings.ts'

/** Edition recaps and talk recaps in one feed. */
export const GET: APIRoute = async ({ site }) => {
  const settings = await getSiteSettings()
  const editions = (await getCollection('editions')).map((entry) => entry.data)
  const talks = (await getCollection('talks')).map((entry) => entry.data)
  return rss({
    title: settings.title,
    description: settings.description,
    site: site ?? settings.baseUrl,
    items: feedItems(editions, talks),
    customData: '<language>fr-FR</language>',
  })
}
