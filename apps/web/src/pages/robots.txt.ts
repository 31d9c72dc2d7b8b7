import type { APIRoute } from 'astro'
import { absoluteUrl, paths } from '../lib/urls.ts'

/** Lets every crawler in and points it at the sitemap index that @astrojs/sitemap writes. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs the site URL: set SITE_URL (see apps/web/.env.example).')
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(paths.sitemap, site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
