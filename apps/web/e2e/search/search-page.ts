import type { Page } from 'playwright-core'
import { visit } from '../harness/browser.ts'

/*
 * Reading /recherche/ the way a reader does: wait for the live region to announce the results,
 * then read the results' links. Shared by the search tests of this folder.
 */

/**
 * The live region's text once it names the outcome of the search (never empty after a search), and
 * the facet counts, which follow the results, are shown.
 */
export async function announced(page: Page, containing = ''): Promise<string> {
  const status = page.locator('[data-search-status]')
  await status.filter({ hasText: containing ? containing : /\S/ }).waitFor({ timeout: 15_000 })
  await page.waitForFunction(() => !document.querySelector('[data-search-facets][aria-busy="true"]'), null, {
    timeout: 15_000,
  })
  return status.innerText()
}

/** The pages the results link to, in order: paths without the highlight parameter. */
export async function resultPaths(page: Page, scope = 'main'): Promise<string[]> {
  const hrefs = await page
    .locator(`${scope} [data-search-result] .search-result-title a`)
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
  return hrefs.map((href) => new URL(href).pathname)
}

/** Opens /recherche/ with a query string and returns the result paths once they are announced. */
export async function searchFor(page: Page, baseUrl: string, search: string): Promise<string[]> {
  await visit(page, baseUrl, `/recherche/${search}`)
  await announced(page)
  return resultPaths(page)
}

/** `?q=…` for a query. */
export const q = (query: string) => `?${new URLSearchParams({ q: query })}`
