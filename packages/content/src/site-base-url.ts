import { SITE_SETTINGS_ID } from '@weshare/schema'
import { isPreviewBuild } from './preview-mode.ts'
import { previewSourceFromEnv } from './preview-source.ts'
import { sourceFromEnv, type ContentEnv } from './source-from-env.ts'
import type { ContentSource } from './sources/source.ts'

/*
 * The site settings' `baseUrl`, read before Astro starts: Astro needs its `site` in the config,
 * before the content layer loads anything. The source opened for it is handed to the content loader
 * of the same build (astro-loader.ts), so a dataset file is read once per build, not twice.
 */

const SITE_BASE_URL_QUERY = `*[_id == $id][0].baseUrl`

/** Where the opened source waits for the loader: the Astro config and the loader share a process, not a module graph. */
const PREPARED_SOURCE_KEY = Symbol.for('weshare.content.preparedSource')

export interface PreparedSource {
  source: ContentSource
  /** How long opening the source took (reading and parsing a dataset file). */
  readMs: number
}

type Shelf = Record<symbol, PreparedSource | undefined>

/**
 * Opens the source the environment selects (the drafts view for a preview build) and returns the published site settings' `baseUrl`, or
 * undefined when there are no settings or no address: the content check then reports it with its fix.
 */
export async function readSiteBaseUrl(env: ContentEnv = process.env): Promise<string | undefined> {
  const started = performance.now()
  // The preview reads the drafts view: the loader takes this same source (astro-loader.ts).
  const source = await (isPreviewBuild(env) ? previewSourceFromEnv(env) : sourceFromEnv(env))
  ;(globalThis as Shelf)[PREPARED_SOURCE_KEY] = { source, readMs: performance.now() - started }
  const value = await source.fetch(SITE_BASE_URL_QUERY, { id: SITE_SETTINGS_ID })
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/** The source readSiteBaseUrl() opened, once: the next content sync (`astro dev`) reads the source afresh. */
export function takePreparedSource(): PreparedSource | undefined {
  const shelf = globalThis as Shelf
  const prepared = shelf[PREPARED_SOURCE_KEY]
  shelf[PREPARED_SOURCE_KEY] = undefined
  return prepared
}
