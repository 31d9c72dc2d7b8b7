import type { Loader } from 'astro/loaders'
import { loadContent, type LoadResult } from './load-content.ts'
import type { CollectionName } from './site-content.ts'
import { sourceFromEnv } from './source-from-env.ts'

let pending: Promise<LoadResult> | undefined

/** One load per build, shared by every collection. */
function loadOnce(log: (line: string) => void): Promise<LoadResult> {
  pending ??= sourceFromEnv().then((source) =>
    loadContent(source, { studioUrl: process.env.SANITY_STUDIO_URL, log }),
  )
  return pending
}

/** Forgets the loaded content, so that `astro dev` picks up a changed dataset on the next sync. */
export function resetContentCache(): void {
  pending = undefined
}

/**
 * An Astro content-layer loader for one collection of the site. Entries are keyed by slug (the
 * settings collection has a single entry, `site`), and Astro parses each with the collection's zod schema.
 */
export function weshareLoader(collection: CollectionName): Loader {
  return {
    name: `weshare-${collection}`,
    async load({ store, parseData, generateDigest, logger }) {
      const { content } = await loadOnce((line) => logger.info(line))
      const entries: Array<{ id: string; data: Record<string, unknown> }> =
        collection === 'settings'
          ? [{ id: 'site', data: { ...content.settings } }]
          : content[collection].map((entry) => ({ id: entry.slug, data: { ...entry } }))
      store.clear()
      for (const { id, data } of entries) {
        const parsed = await parseData({ id, data })
        store.set({ id, data: parsed, digest: generateDigest(data) })
      }
    },
  }
}
