import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import * as pagefind from 'pagefind'

/*
 * Pagefind's floor: what any first search of an index of these pages must load, whatever the site
 * does — the wasm, the runtime (pagefind.js and its worker) and the metadata of the pages. The site's
 * own metadata adds its filter list, its list of index chunks (smaller than Pagefind's default, see
 * the site's scripts/pagefind-index.ts) and any sort key to the floor's; the pages' indexed text is
 * indexed again in memory, bare (Pagefind's defaults) and with each sort key, to tell what a key
 * would cost. Bytes are as served: Pagefind's files are gzipped already, scripts are gzipped by the
 * host.
 */

/** Where the site writes the order of « Plus récents » (its src/lib/search-order.ts). */
const RECENT_ORDER_FILE = 'search/recent.txt'

/** Read by Pagefind's service when it starts: the positions per index chunk (its default 20,000). */
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'

/** Pagefind prefixes its decompressed files with this signature. */
const SIGNATURE = 'pagefind_dcd'

export interface SearchFloor {
  /** The site's bundle, as served. */
  wasmBytes: number
  runtimeBytes: number
  metadataBytes: number
  /** wasm + runtime + metadata of the site's bundle: what its first search loads before any word. */
  siteBytes: number
  /** The metadata of the same pages indexed bare: no filter, no sort key. */
  floorMetadataBytes: number
  /** wasm + runtime + bare metadata. */
  floorBytes: number
  /** Metadata bytes each sort key would add to the bare index. */
  sortKeyBytes: Record<string, number>
  /**
   * The order of « Plus récents » (search/recent.txt), gzipped as served; null when the site has
   * none; absent from results measured before it existed.
   */
  recentOrderBytes?: number | null
  ms: number
}

interface Fragment {
  url: string
  content: string
  meta?: Record<string, string>
}

interface Record_ {
  url: string
  content: string
  /** Sort values; a fragment does not keep them, the page's metadata of the same name does. */
  sort: Record<string, string>
}

const served = async (file: string) => gzipSync(await readFile(file)).length

function decode(bytes: Buffer): string {
  const text = gunzipSync(bytes).toString('utf8')
  return text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text
}

/** The bytes of the .pf_meta file of an in-memory index of `records`. */
async function metadataOf(records: Record_[], sortKeys: readonly string[]): Promise<number> {
  const { errors, index } = await pagefind.createIndex({})
  if (!index || errors.length > 0) throw new Error(`Pagefind could not start a reference index: ${errors.join('; ')}`)
  for (const record of records) {
    const sort = Object.fromEntries(sortKeys.flatMap((key) => (record.sort[key] ? [[key, record.sort[key]]] : [])))
    const added = await index.addCustomRecord({
      url: record.url,
      content: record.content,
      language: 'fr',
      ...(sortKeys.length > 0 && { sort }),
    })
    if (added.errors.length > 0)
      throw new Error(`Pagefind refused the record ${record.url}: ${added.errors.join('; ')}`)
  }
  const { errors: fileErrors, files } = await index.getFiles()
  if (fileErrors.length > 0) throw new Error(`Pagefind could not write a reference index: ${fileErrors.join('; ')}`)
  await index.deleteIndex()
  return files.filter((file) => file.path.endsWith('.pf_meta')).reduce((sum, file) => sum + file.content.length, 0)
}

/**
 * The floor of the site built in `siteDir`, and the cost of each of `sortKeys` (whose values the
 * pages also carry as metadata of the same name).
 */
export async function measureSearchFloor(siteDir: string, sortKeys: readonly string[]): Promise<SearchFloor> {
  const started = performance.now()
  const bundle = join(siteDir, 'pagefind')
  const entryFile = join(bundle, 'pagefind-entry.json')
  let languages: Array<{ hash: string; wasm?: string }>
  try {
    const entry = JSON.parse(await readFile(entryFile, 'utf8')) as {
      languages: Record<string, { hash: string; wasm?: string }>
    }
    languages = Object.values(entry.languages)
  } catch (cause) {
    throw new Error(
      `${entryFile} cannot be read as Pagefind's entry file: is ${siteDir} a site built with Pagefind 1.x?`,
      {
        cause,
      },
    )
  }
  // The site is French: one language, one wasm and one metadata file, what a reader's browser loads.
  const wasm = languages.map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`)
  const runtime = ['pagefind.js', 'pagefind-worker.js']
  const metadata = ['pagefind-entry.json', ...languages.map((language) => `pagefind.${language.hash}.pf_meta`)]
  const sum = async (files: string[], size: (file: string) => Promise<number>) =>
    (await Promise.all(files.map((name) => size(join(bundle, name))))).reduce((total, bytes) => total + bytes, 0)
  const asWritten = async (file: string) => (await readFile(file)).length
  const wasmBytes = await sum(wasm, asWritten)
  const runtimeBytes = await sum(runtime, served)
  const metadataBytes = await sum(metadata, (file) => (file.endsWith('.json') ? served(file) : asWritten(file)))

  const fragmentDir = join(bundle, 'fragment')
  const records = await Promise.all(
    (await readdir(fragmentDir)).map(async (name) => {
      const fragment = JSON.parse(decode(await readFile(join(fragmentDir, name)))) as Fragment
      const sort = Object.fromEntries(
        sortKeys.flatMap((key) => (fragment.meta?.[key] ? [[key, fragment.meta[key]]] : [])),
      )
      return { url: fragment.url, content: fragment.content, sort }
    }),
  )
  const entryBytes = await served(entryFile)
  const recentOrderBytes = await served(join(siteDir, RECENT_ORDER_FILE)).catch(() => null)
  // The floor is Pagefind's defaults: a chunk size the site's build was given does not apply here.
  const chunkSize = process.env[CHUNK_SIZE_VARIABLE]
  delete process.env[CHUNK_SIZE_VARIABLE]
  try {
    const bare = await metadataOf(records, [])
    const sortKeyBytes: Record<string, number> = {}
    for (const key of sortKeys) sortKeyBytes[key] = (await metadataOf(records, [key])) - bare
    const floorMetadataBytes = bare + entryBytes
    return {
      wasmBytes,
      runtimeBytes,
      metadataBytes,
      siteBytes: wasmBytes + runtimeBytes + metadataBytes,
      floorMetadataBytes,
      floorBytes: wasmBytes + runtimeBytes + floorMetadataBytes,
      sortKeyBytes,
      recentOrderBytes,
      ms: performance.now() - started,
    }
  } finally {
    await pagefind.close()
    if (chunkSize !== undefined) process.env[CHUNK_SIZE_VARIABLE] = chunkSize
  }
}
