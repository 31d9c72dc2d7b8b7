import { AstroError } from 'astro/errors'
import type { Loader, LoaderContext } from 'astro/loaders'
import { isContentError } from './content-error.ts'
import { ContentValidationError, loadContent, type LoadResult } from './load-content.ts'
import { COLLECTION_NAMES, type CollectionName, type SiteContent } from './site-content.ts'
import { isPreviewBuild } from './preview-mode.ts'
import { previewSourceFromEnv } from './preview-source.ts'
import { takePreparedSource } from './site-base-url.ts'
import { sourceFromEnv, studioUrlFromEnv } from './source-from-env.ts'

let pending: Promise<LoadResult> | undefined
/** Collections that have taken their entries from `pending`. */
const served = new Set<CollectionName>()
/** Every collection awaits the same load; its failure is reported once. */
let reported: unknown

/**
 * Where the last load's timings are left for the build script, which runs Astro in the same process
 * but imports this module through Node rather than through Vite, so it cannot share module state.
 */
export const LOAD_TIMINGS_KEY = Symbol.for('weshare.content.loadTimings')

/**
 * One load per content sync, shared by every collection. Once each collection has its entries the
 * load is forgotten: the store holds what pages need, the build does not keep a second copy of the
 * whole content while it renders, and the next sync (`astro dev`) reads the source again.
 */
async function loadOnce(collection: CollectionName, log: (line: string) => void): Promise<LoadResult> {
  pending ??= (async () => {
    const started = performance.now()
    // The Astro config has usually opened the source already, to read the site's address.
    const prepared = takePreparedSource()
    const source = prepared?.source ?? (await (isPreviewBuild() ? previewSourceFromEnv() : sourceFromEnv()))
    const readMs = prepared?.readMs ?? performance.now() - started
    const result = await loadContent(source, { studioUrl: studioUrlFromEnv(), log })
    ;(globalThis as Record<symbol, unknown>)[LOAD_TIMINGS_KEY] = { readMs, ...result.timings }
    return result
  })()
  const load = pending
  served.add(collection)
  if (COLLECTION_NAMES.every((name) => served.has(name))) {
    pending = undefined
    served.clear()
  }
  return load
}

/** One entry of a collection as the site's content config receives it. */
export type CollectionEntry<C extends CollectionName> =
  SiteContent[C] extends ReadonlyArray<infer Entry> ? Entry : SiteContent[C]

/** HTML an entry carries besides its data, as Astro's content store keeps it (rendered Markdown has the same shape). */
export type RenderedContent = NonNullable<Parameters<LoaderContext['store']['set']>[0]['rendered']>

/** What the content store keeps of an entry: its data, and HTML the site rendered once for every page. */
export interface StoredEntry {
  data: Record<string, unknown>
  rendered?: RenderedContent
}

export interface WeshareLoaderOptions<C extends CollectionName> {
  /**
   * Turns an entry into what the store keeps, once per build: the site renders rich text to HTML
   * here rather than on each page that shows it, and keeps the store small. The collection's
   * schema then describes the returned data. By default the entry is stored as is.
   */
  prepare?: (entry: CollectionEntry<C>) => StoredEntry
}

/**
 * An Astro content-layer loader for one collection of the site. Entries are keyed by slug (the
 * settings collection has a single entry, `site`), and Astro parses each with the collection's zod schema.
 */
export function weshareLoader<C extends CollectionName>(
  collection: C,
  { prepare }: WeshareLoaderOptions<C> = {},
): Loader {
  return {
    name: `weshare-${collection}`,
    async load({ store, parseData, generateDigest, logger }) {
      let content
      try {
        ;({ content } = await loadOnce(collection, (line) => logger.info(line)))
      } catch (error) {
        if (!isContentError(error)) throw error
        // The report goes to the log as is; the error Astro prints stays short, because Astro adds a
        // misleading "browser APIs" hint to any message containing the word "document".
        if (reported !== error) logger.error(error.message)
        reported = error
        // The closing line fits the cause: a content report to act on in the Studio, or a source that could not be read.
        const failure =
          error instanceof ContentValidationError
            ? new AstroError(
                'The content check failed: the lines above say what to fix.',
                'Nothing was published; fix the content in the Studio and build again.',
              )
            : new AstroError(
                'The content could not be read: the message above says why and what to change.',
                'Nothing was published.',
              )
        failure.stack = ''
        throw failure
      }
      const value: unknown = content[collection]
      const entries = (Array.isArray(value) ? value : [value]) as Array<Record<string, unknown>>
      store.clear()
      for (const entry of entries) {
        const id = typeof entry.slug === 'string' ? entry.slug : 'site'
        const { data, rendered }: StoredEntry = prepare ? prepare(entry as CollectionEntry<C>) : { data: { ...entry } }
        const parsed = await parseData({ id, data })
        store.set({ id, data: parsed, digest: generateDigest({ data, rendered }), ...(rendered ? { rendered } : {}) })
      }
    },
  }
}
