import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SAMPLE_DATASET_FILE, readDatasetFile } from '@weshare/content'
import { afterAll, beforeAll, describe, expect } from 'vitest'
import { readSiteRedirects } from '../scripts/redirects.ts'
import { buildSiteFrom, type TempSite } from './harness/site.ts'
import { siteTest } from './harness/site-test.ts'
import { copySampleImages } from './harness/sample-images.ts'

/*
 * A talk renamed after publishing: the dataset keeps its former slug, as the Studio's publish action
 * records it, and the built site leads the old address to the new page.
 */

const NEW_SLUG = 'titre-apres-renommage'
let work: string
let built: TempSite
let oldSlug: string
let title: string

beforeAll(async () => {
  const documents = (await readDatasetFile(SAMPLE_DATASET_FILE)) as Array<Record<string, unknown>>
  const talk = documents.find((doc) => doc._type === 'talk')!
  oldSlug = (talk.slug as { current: string }).current
  title = talk.title as string
  talk.slug = { _type: 'slug', current: NEW_SLUG }
  talk.previousSlugs = [oldSlug]
  work = await mkdtemp(join(tmpdir(), 'weshare-former-slugs-'))
  await copySampleImages(work)
  const dataset = join(work, 'renamed.ndjson')
  await writeFile(dataset, documents.map((doc) => JSON.stringify(doc)).join('\n'))
  built = await buildSiteFrom(dataset)
})
const test = siteTest(() => built.dir)

afterAll(async () => {
  await built?.remove()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('a talk whose slug changed after publishing', () => {
  test('its old address leads to its new page in the browser', async ({ browser, siteUrl }) => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/talks/${oldSlug}/`)
    await page.waitForURL(`${siteUrl}/talks/${NEW_SLUG}/`)
    await expect(page.locator('h1').innerText()).resolves.toBe(title)
    await page.close()
  })

  test('its old address is a noindexed page with a refresh, a canonical link and a plain link', async () => {
    const html = await readFile(join(built.dir, 'talks', oldSlug, 'index.html'), 'utf8')
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/talks/${NEW_SLUG}/">`)
    expect(html).toContain(`<link rel="canonical" href="https://recaps.weshare.example/talks/${NEW_SLUG}/">`)
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain(`<a href="/talks/${NEW_SLUG}/">`)
  })

  test('static hosts and the publisher read the redirect from _redirects', async () => {
    expect(await readFile(join(built.dir, '_redirects'), 'utf8')).toContain(
      `/talks/${oldSlug}/ /talks/${NEW_SLUG}/ 301\n`,
    )
    expect(await readSiteRedirects(built.dir)).toEqual([
      { from: `/talks/${oldSlug}/`, to: `/talks/${NEW_SLUG}/`, status: 301 },
    ])
    expect(existsSync(join(built.dir, 'former-paths.json'))).toBe(false)
  })

  test('its old address is in neither the sitemap nor the search index', async ({ browser, siteUrl }) => {
    const sitemap = await readFile(join(built.dir, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).toContain(`/talks/${NEW_SLUG}/`)
    expect(sitemap).not.toContain(`/talks/${oldSlug}/`)
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/talks/${NEW_SLUG}/`)
    // A string, not a function: the test runner would rewrite a function's import() for Node.
    const urls = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js')
      const all = await pagefind.search(null)
      return Promise.all(all.results.map(async (result) => (await result.data()).url))
    })()`)
    expect(urls).toContain(`/talks/${NEW_SLUG}/`)
    expect(urls.filter((url) => url.includes(oldSlug))).toEqual([])
    await page.close()
  })
})
