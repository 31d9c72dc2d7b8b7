import { createHash } from 'node:crypto'
import { getCollection, getEntry, type CollectionEntry } from 'astro:content'

/*
 * Cache keys of pages for Astro's incremental build (experimental.incrementalBuild in
 * astro.config.ts): a page whose getStaticPaths() entry returns the same `cacheKey` as in the last
 * build is not rendered again; its previous HTML is copied. A key is therefore a digest of
 * everything the page shows: the content entries it lists, in the order it receives them, and what
 * every page shows (the site settings in its header, footer and meta tags). Images are content: an
 * entry's digest covers its images' asset ids and URLs, from which their files are named. Code and configuration are not part of the key: when they change, the build
 * script discards the whole cache (scripts/incremental-cache.ts).
 *
 * An entry's digest is the one the content store computed when the entry was loaded (a hash of the
 * data and HTML the collection keeps of it).
 */

/** An entry of the content store, as getCollection() returns it. */
interface StoredEntry {
  digest?: string | number | undefined
}

/** What a page shows besides content entries: its page number, the number of pages… */
type Extra = string | number

/**
 * A digest of what every page shows. Null when the settings entry has no digest: no page is then
 * keyed, and every page renders.
 */
export async function siteKey(): Promise<string | null> {
  const settings = await getEntry('settings', 'site')
  if (settings?.digest === undefined) return null
  return digest([String(settings.digest)])
}

/**
 * The cache key of a page that shows `entries` (and `extra`) on top of what every page shows, or
 * undefined when one of them has no digest: such a page is rendered on every build, never reused.
 * An entry listed as undefined (a talk whose speaker is missing) makes the page unkeyed too.
 */
export function pageKey(
  site: string | null,
  entries: ReadonlyArray<StoredEntry | undefined>,
  extra: readonly Extra[] = [],
): string | undefined {
  if (site === null) return undefined
  const parts = [site, ...extra.map((value) => JSON.stringify(value))]
  for (const entry of entries) {
    if (entry?.digest === undefined) return undefined
    parts.push(String(entry.digest))
  }
  return digest(parts)
}

function digest(parts: readonly string[]): string {
  // One separator that no digest or JSON value contains, so that two lists never hash alike.
  return createHash('sha256').update(parts.join('\n')).digest('base64url')
}

/** The entries of a collection by document id (`data._id`), to key pages by the documents they show. */
export async function entriesById<C extends 'sessions' | 'talks' | 'speakers' | 'tags'>(
  collection: C,
): Promise<Map<string, CollectionEntry<C>>> {
  const entries: CollectionEntry<C>[] = await getCollection(collection)
  return new Map(entries.map((entry) => [entry.data._id, entry]))
}
