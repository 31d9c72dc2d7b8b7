import { serveStatic } from '@weshare/testing'
import { inject, test as base } from 'vitest'
import { launchBrowser } from './browser.ts'
import { readDataset } from './dataset.ts'
import { HOSTILE_DATASET } from './hostile-site.ts'
import { builtSite } from './site.ts'

/**
 * `test` for a browser test of a site, with what such a test needs as fixtures, each made on first
 * use and closed after the last test that asked for it:
 * - `browser`: one Chromium for the test file;
 * - `siteUrl`: origin of a static server of the site on 127.0.0.1, one for the test file;
 * - `data`: the dataset the site was built from, read once per file;
 * - `page`: a fresh tab for each test, closed after it;
 * - `tab`: one tab for all the tests of a file that ask for it, where opening a tab would cost about
 *   as much as what a test checks.
 * Suite hooks (`test.beforeAll`) receive the file-wide ones. A file that builds a site of its own
 * makes its `test` with `siteTest(() => dir)`: `siteDir` is read when a test first asks for `siteUrl`.
 */
export function siteTest(siteDir: () => string, datasetFile?: string) {
  return (
    base
      .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
        const browser = await launchBrowser()
        onCleanup(() => browser.close())
        return browser
      })
      .extend('siteUrl', { scope: 'file' }, async ({}, { onCleanup }) => {
        const server = await serveStatic(siteDir())
        onCleanup(() => server.close())
        return server.url
      })
      .extend('data', { scope: 'file' }, ({}) => readDataset(datasetFile))
      // Closed with the browser.
      .extend('tab', { scope: 'file' }, ({ browser }) => browser.newPage())
      .extend('page', async ({ browser }, { onCleanup }) => {
        const page = await browser.newPage()
        onCleanup(() => page.close())
        return page
      })
  )
}

/** Browser tests of the site the build task wrote from the sample dataset (`apps/web/dist`). */
export const test = siteTest(builtSite)

/** Browser tests of the site built once per run from the hostile fixture (see hostile-site.ts). */
export const hostileTest = siteTest(() => inject('hostileSite'), HOSTILE_DATASET)
