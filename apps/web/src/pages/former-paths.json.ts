import type { APIRoute } from 'astro'
import { getCollection } from 'astro:content'
import { formerPathRedirects } from '../lib/former-paths.ts'

/**
 * The former addresses of the pages, for the build script: it turns them into redirect pages and a
 * `_redirects` file after Astro (scripts/redirects.ts), then removes this file from the site.
 */
export const GET: APIRoute = async ({ site }) => {
  const [sessions, talks, speakers, tags] = await Promise.all([
    getCollection('sessions'),
    getCollection('talks'),
    getCollection('speakers'),
    getCollection('tags'),
  ])
  const data = (entries: Array<{ data: { slug: string; previousSlugs?: string[] | null | undefined } }>) =>
    entries.map((entry) => entry.data)
  const redirects = formerPathRedirects({
    sessions: data(sessions),
    talks: data(talks),
    speakers: data(speakers),
    tags: data(tags),
  })
  // Canonical links of redirect pages are absolute, like those of every page.
  return new Response(JSON.stringify({ site: site?.href ?? null, redirects }), {
    headers: { 'Content-Type': 'application/json' },
  })
}
