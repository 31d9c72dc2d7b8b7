import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { paths } from './harness/dataset.ts'
import { builtSite, htmlRoutes, SITE_URL } from './harness/site.ts'
import { test } from './harness/site-test.ts'

async function fetchText(siteUrl: string, path: string): Promise<string> {
  const response = await fetch(new URL(path, siteUrl))
  if (response.status !== 200)
    throw new Error(`${path} answered HTTP ${response.status}: it is missing from the build.`)
  return response.text()
}

/**
 * Parses an XML document the way a feed reader does, in `page` (a blank tab is enough for the browser's
 * own DOMParser), and returns the text of every element matching `selector`. Malformed XML fails with
 * the parser's message.
 */
async function xmlTexts(page: Page, siteUrl: string, path: string, selector: string): Promise<string[]> {
  const xml = await fetchText(siteUrl, path)
  const result = await page.evaluate(
    ({ xml, selector }) => {
      const document = new DOMParser().parseFromString(xml, 'application/xml')
      const error = document.querySelector('parsererror')
      if (error) return { error: error.textContent ?? 'parsererror' }
      return { texts: [...document.querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? '') }
    },
    { xml, selector },
  )
  if ('error' in result) throw new Error(`${path} is not well-formed XML: ${result.error}`)
  return result.texts ?? []
}

/** The path of an absolute URL of the public site, failing when it points elsewhere. */
function sitePath(url: string, where: string): string {
  const parsed = new URL(url)
  expect(parsed.origin, `${where} links ${url}, outside ${SITE_URL}`).toBe(new URL(SITE_URL).origin)
  return parsed.pathname
}

/** What a list lacks and what it has in excess, compared with what it should hold; duplicates count as excess. */
function compare(actual: string[], expected: string[]): { missing: string[]; unexpected: string[] } {
  const remaining = [...actual]
  const missing = expected.filter((item) => {
    const index = remaining.indexOf(item)
    if (index === -1) return true
    remaining.splice(index, 1)
    return false
  })
  return { missing, unexpected: remaining }
}

describe('the RSS feed', () => {
  test('is well-formed XML that lists every session and every talk', async ({ tab: page, siteUrl, data }) => {
    const links = (await xmlTexts(page, siteUrl, '/rss.xml', 'rss > channel > item > link')).map((link) =>
      sitePath(link, 'rss.xml'),
    )
    const expected = [...data.sessions.map(paths.session), ...data.talks.map(paths.talk)]
    expect(compare(links, expected), 'items of rss.xml, by link').toEqual({ missing: [], unexpected: [] })
  })
})

describe('the sitemap', () => {
  test('lists every page of the site but the 404 page, through the sitemap index', async ({ tab: page, siteUrl }) => {
    const sitemaps = (await xmlTexts(page, siteUrl, '/sitemap-index.xml', 'sitemapindex > sitemap > loc')).map((loc) =>
      sitePath(loc, 'sitemap-index.xml'),
    )
    expect(sitemaps.length, 'sitemap-index.xml names no sitemap').toBeGreaterThan(0)
    const listed: string[] = []
    for (const sitemap of sitemaps) {
      listed.push(
        ...(await xmlTexts(page, siteUrl, sitemap, 'urlset > url > loc')).map((loc) => sitePath(loc, sitemap)),
      )
    }
    const pages = (await htmlRoutes(builtSite())).filter((route) => route !== paths.notFound)
    expect(compare(listed, pages), 'pages in the sitemap').toEqual({ missing: [], unexpected: [] })
  })
})

describe('robots.txt', () => {
  test('names the sitemap index by its public URL', async ({ siteUrl }) => {
    const robots = await fetchText(siteUrl, '/robots.txt')
    const sitemaps = [...robots.matchAll(/^\s*sitemap:\s*(\S+)\s*$/gim)].map((match) => match[1])
    expect(sitemaps, `robots.txt:\n${robots}`).toContain(`${SITE_URL}/sitemap-index.xml`)
  })
})
