import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Request } from 'playwright-core'
import { describe, expect } from 'vitest'
import { heaviestTalkRoute } from '../../scripts/budgets.ts'
import { builtSite } from '../harness/site.ts'
import { test } from '../harness/site-test.ts'

/*
 * What search costs a reader: nothing until they open it, then the search module (budget: 60 KB
 * gzipped, Pagefind's runtime aside) and what one query fetches. Transfer sizes are Chromium's own
 * count of bytes received (CDP Network.loadingFinished encodedDataLength, which Playwright's
 * request.sizes() reads for the page and for Pagefind's worker alike). The test server does not
 * compress; a host that gzips JavaScript sends less.
 */

/** The search module's own JavaScript, gzipped: Pagefind's runtime is not counted. */
const SEARCH_MODULE_GZIP_BUDGET = 60 * 1024
/** Everything a first query on the sample downloads, search module and Pagefind included, uncompressed by the server. */
const FIRST_QUERY_BUDGET = 250 * 1024

const route = await heaviestTalkRoute(builtSite())
let received: Array<{ path: string; type: string; bytes: Promise<number> }>
test.beforeEach(({ page }) => {
  received = []
  page.on('requestfinished', (request: Request) => {
    // Measured at once, awaited only by the test that sums them: a page closed before then must not
    // leave a rejected promise behind.
    const bytes = transferred(request).catch(() => 0)
    received.push({ path: new URL(request.url()).pathname, type: request.resourceType(), bytes })
  })
})
/**
 * Bytes received for a request: headers plus encoded body. Chromium does not report the body of a
 * worker's own script (pagefind-worker.js) there, so the body read back counts when it is larger;
 * the test server does not compress, so the two agree everywhere else.
 */
async function transferred(request: Request): Promise<number> {
  const sizes = await request.sizes()
  const body = (await (await request.response())?.body().catch(() => undefined))?.length ?? 0
  return sizes.responseHeadersSize + Math.max(sizes.responseBodySize, body)
}

const isScript = (entry: { path: string; type: string }) =>
  entry.type === 'script' || /\.(m?js|wasm|pagefind)$/.test(entry.path)

describe('the cost of search', () => {
  test('a talk page requests no JavaScript until the reader opens search', async ({ page, siteUrl }) => {
    await page.goto(new URL(route, siteUrl).href, { waitUntil: 'networkidle' })
    expect(received.filter(isScript).map((entry) => entry.path)).toEqual([])
    await page.locator('header [data-search-open]').click()
    await page.getByRole('dialog', { name: 'Rechercher' }).waitFor()
    expect(received.filter(isScript).map((entry) => entry.path)).toContain('/search/search.js')
  })

  test(`the search module weighs at most ${SEARCH_MODULE_GZIP_BUDGET} bytes gzipped`, async () => {
    const code = await readFile(join(builtSite(), 'search/search.js'))
    const gzip = gzipSync(code, { level: 9 }).length
    console.log(`search module: ${code.length} bytes, ${gzip} gzipped`)
    expect(gzip).toBeLessThanOrEqual(SEARCH_MODULE_GZIP_BUDGET)
  })

  test(`a first query from a talk page downloads at most ${FIRST_QUERY_BUDGET} bytes`, async ({ page, siteUrl }) => {
    await page.goto(new URL(route, siteUrl).href, { waitUntil: 'networkidle' })
    received.length = 0
    await page.keyboard.press('Control+k')
    const dialog = page.getByRole('dialog', { name: 'Rechercher' })
    await dialog.waitFor()
    await page.keyboard.type('kubernetes')
    await dialog.locator('[data-search-result]').first().waitFor()
    await page.waitForLoadState('networkidle')
    const rows = await Promise.all(received.map(async (entry) => ({ ...entry, bytes: await entry.bytes })))
    const total = rows.reduce((sum, row) => sum + row.bytes, 0)
    const group = (test: (path: string) => boolean) =>
      rows.filter((row) => test(row.path)).reduce((sum, row) => sum + row.bytes, 0)
    console.log(
      [
        `first query « kubernetes » from ${route}: ${total} bytes in ${rows.length} responses`,
        `  search module ${group((path) => path.startsWith('/search/'))}`,
        `  Pagefind runtime (pagefind.js, worker, WebAssembly) ${group((path) => /pagefind(-worker)?\.js$|\.pagefind$/.test(path))}`,
        `  index (entry, meta, word chunks, filters, fragments) ${group((path) => /pagefind-entry\.json$|\.pf_\w+$/.test(path))}`,
        ...rows.map((row) => `    ${row.bytes}\t${row.path}`),
      ].join('\n'),
    )
    expect(total).toBeLessThanOrEqual(FIRST_QUERY_BUDGET)
  })
})
