import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as pagefind from 'pagefind'

export interface IndexReport {
  /** Pages in the index: those that mark their content with data-pagefind-body. */
  pages: number
  /** HTML files Pagefind read, indexed or not. */
  htmlFiles: number
  ms: number
  /** Of `ms`: reading and indexing the pages, then writing the index. */
  addMs: number
  writeMs: number
}

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(
      `Pagefind could not ${step}: ${response.errors.join('; ')}. The site was not published; fix the page named above and build again.`,
    )
  }
}

/** Pages of every language in the written index, as its entry file counts them. */
async function indexedPages(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>
  }
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0)
}

/**
 * Pagefind cuts its word index into chunks of about this many word positions (its default: 20,000),
 * read from this variable when its service starts ("unstable": not part of its documented options,
 * https://github.com/Pagefind/pagefind/blob/main/pagefind/src/options.rs).
 */
export const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'
const SMALLEST_CHUNK = 1000

/**
 * Word positions per index chunk: twice the site's HTML files (~2,500 at 1,000 talks, ~25,000 at
 * 10,000, about Pagefind's default there). A search loads the chunks its words fall in, and a chunk
 * closes on the word that fills it: with the default at 1,000 talks, "kubernetes" shared its chunk
 * with "la" (24,853 positions on every page), 29.6 kB for a 3 kB word. Smaller chunks make the
 * metadata every search loads longer (one entry each): at 1,000 talks, metadata + the chunks of 20
 * common words measured 37.2 kB by default, 20.0 kB at 2,500, 20.5 kB at 2,000 and 20.3 kB at 1,000;
 * twice the pages keeps the number of chunks (~250) about the same at any size of archive.
 */
export function chunkSize(htmlFiles: number): number {
  return Math.max(SMALLEST_CHUNK, 2 * htmlFiles)
}

async function htmlFilesOf(siteDir: string): Promise<number> {
  return (await readdir(siteDir, { recursive: true })).filter((name) => name.endsWith('.html')).length
}

/**
 * Builds the search index of a built site into `<siteDir>/pagefind/`. Every response is checked,
 * and the Pagefind service is always closed, so a failed index never hangs the build.
 *
 * Only talk and session pages are indexed (they carry data-pagefind-body; on a session page, the
 * recaps of its talks are data-pagefind-ignore="all", so a recap's words find the talk page alone).
 * Speaker, tag, format and list pages are not indexed: they repeat titles that the talks have.
 */
export async function indexSite(siteDir: string): Promise<IndexReport> {
  const started = performance.now()
  // Read when the service starts, which createIndex does (the previous one was closed). A value
  // set in the environment is kept: it is how to try another size.
  const chosen = process.env[CHUNK_SIZE_VARIABLE] === undefined
  if (chosen) process.env[CHUNK_SIZE_VARIABLE] = String(chunkSize(await htmlFilesOf(siteDir)))
  try {
    // Pages declare the site settings' language in <html lang>: Pagefind stems French (or English) from it.
    const { errors, index } = await pagefind.createIndex({})
    check('start', { errors })
    if (!index)
      throw new Error(
        'Pagefind started without an index and gave no reason. Run the build again; if it persists, reinstall with `npm ci`.',
      )
    const addStarted = performance.now()
    const added = await index.addDirectory({ path: siteDir })
    check(`index the pages of ${siteDir}`, added)
    const writeStarted = performance.now()
    const bundle = join(siteDir, 'pagefind')
    check('write the index', await index.writeFiles({ outputPath: bundle }))
    const written = performance.now()
    const pages = await indexedPages(bundle)
    if (pages === 0) {
      throw new Error(
        `Pagefind found no page to index among the ${added.page_count} HTML files of ${siteDir}: talk and session pages must mark their content with data-pagefind-body.`,
      )
    }
    return {
      pages,
      htmlFiles: added.page_count,
      ms: performance.now() - started,
      addMs: writeStarted - addStarted,
      writeMs: written - writeStarted,
    }
  } finally {
    await pagefind.close()
    if (chosen) delete process.env[CHUNK_SIZE_VARIABLE]
  }
}
