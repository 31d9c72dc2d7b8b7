import { join } from 'node:path'
import * as pagefind from 'pagefind'

export interface IndexReport {
  pages: number
  ms: number
}

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind could not ${step}: ${response.errors.join('; ')}. The site was not published; fix the page named above and build again.`)
  }
}

/**
 * Builds the search index of a built site into `<siteDir>/pagefind/`. Every response is checked,
 * and the Pagefind service is always closed, so a failed index never hangs the build.
 */
export async function indexSite(siteDir: string): Promise<IndexReport> {
  const started = performance.now()
  try {
    const { errors, index } = await pagefind.createIndex({})
    check('start', { errors })
    if (!index) throw new Error('Pagefind started without an index and gave no reason. Run the build again; if it persists, reinstall with `npm ci`.')
    const added = await index.addDirectory({ path: siteDir })
    check(`index the pages of ${siteDir}`, added)
    if (added.page_count === 0) {
      throw new Error(`Pagefind found no page to index in ${siteDir}: pages must mark their content with data-pagefind-body.`)
    }
    check('write the index', await index.writeFiles({ outputPath: join(siteDir, 'pagefind') }))
    return { pages: added.page_count, ms: performance.now() - started }
  } finally {
    await pagefind.close()
  }
}
