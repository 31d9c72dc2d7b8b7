import { AstroError } from 'astro/errors'
import type { Loader } from 'astro/loaders'
import { isContentError } from './content-error.ts'
import { loadContent, type LoadResult } from './load-content.ts'
import type { CollectionName } from './site-content.ts'
import { sourceFromEnv } from './source-from-env.ts'

let pending: Promise<LoadResult> | undefined
/** Every collection awaits the same load; its failure is reported once. */
let reported: unknown

/**
 * Where the last load's timings are left for the build script, which runs Astro in the same process
 * but imports this module through Node rather than through Vite, so it cannot share module state.
 */
export const LOAD_TIMINGS_KEY = Symbol.for('weshare.content.loadTimings')

/** One load per build, shared by every collection. */
function loadOnce(log: (line: string) => void): Promise<LoadResult> {
  pending ??= (async () => {
    const started = performance.now()
    const source = await sourceFromEnv()
    const readMs = performance.now() - started
    const result = await loadContent(source, { studioUrl: process.env.SANITY_STUDIO_URL, log })
    ;(globalThis as Record<symbol, unknown>)[LOAD_TIMINGS_KEY] = { readMs, ...result.timings }
    return result
  })()
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
      let content
      try {
        ;({ content } = await loadOnce((line) => logger.info(line)))
      } catch (error) {
        if (!isContentError(error)) throw error
        // The report goes to the log as is; the error Astro prints stays short, because Astro adds a
        // misleading "browser APIs" hint to any message containing the word "document".
        if (reported !== error) logger.error(error.message)
        reported = error
        const failure = new AstroError(
          'The content check failed: the lines above say what to fix.',
          'Nothing was published; fix the content and build again.',
        )
        failure.stack = ''
        throw failure
      }
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
