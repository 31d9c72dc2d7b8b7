/** Files under /_astro/ have a content hash in their name: a changed file is a new address. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
/**
 * Everything else keeps its address across builds (pages, `pagefind/pagefind.js`,
 * `pagefind-entry.json`, `search/search.js`): browsers keep a copy and ask again each time, and an
 * unchanged file costs a 304 thanks to its ETag.
 */
export const REVALIDATE = 'public, no-cache'

/** The Cache-Control docs/deploy.md recommends for a path of the published site. */
export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE
}
