import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser } from './browser.ts'
import { readDataset, type Dataset } from './dataset.ts'
import { buildSiteFrom, builtSite, type TempSite } from './site.ts'
import { serveStatic, type StaticServer } from '@weshare/testing'

/** Markup, quotes and script URLs in every text field and link a page shows. */
export const HOSTILE_DATASET = fileURLToPath(new URL('../fixtures/hostile.ndjson', import.meta.url))

export interface SiteUnderTest {
  /** Origin of the local server. */
  url: string
  browser: Browser
}

/**
 * One static server and one Chromium for a whole test file, closed after its last test.
 * `dir` defaults to the sample build; a file that builds its own site passes a function returning it.
 */
export function useSite(dir: () => string | Promise<string> = builtSite): SiteUnderTest {
  const site = {} as SiteUnderTest
  let server: StaticServer | undefined
  beforeAll(async () => {
    server = await serveStatic(await dir())
    site.url = server.url
    site.browser = await launchBrowser()
  })
  afterAll(async () => {
    await site.browser?.close()
    await server?.close()
  })
  return site
}

/**
 * A site built from `datasetFile` for one test file, served like useSite()'s and removed after the
 * file. The dataset is read first, so that a broken fixture fails with a clear message rather than
 * a failed build; `data()` returns it.
 */
export function useSiteBuiltFrom(datasetFile: string): SiteUnderTest & { data: () => Dataset } {
  let built: TempSite | undefined
  let data: Dataset | undefined
  afterAll(async () => {
    await built?.remove()
  })
  const site = useSite(async () => {
    data = await readDataset(datasetFile)
    built = await buildSiteFrom(datasetFile)
    return built.dir
  })
  return Object.assign(site, {
    data: () => {
      if (!data) throw new Error(`${datasetFile} is read in beforeAll: call data() from a test or a hook.`)
      return data
    },
  })
}
