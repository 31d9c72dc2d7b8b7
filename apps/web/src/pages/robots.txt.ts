import type { APIRoute } from 'astro'
import { PREVIEW } from '../lib/preview.ts'
import { absoluteUrl, paths, siteOf } from '../lib/urls.ts'

/** Lets every crawler in and points it at the sitemap index that @astrojs/sitemap writes. */
export const GET: APIRoute = ({ site }) => {
  // The preview keeps every crawler out, and has no sitemap.
  if (PREVIEW)
    return new Response('User-agent: *\nDisallow: /\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(paths.sitemap, siteOf(site))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
