import { describe, expect } from 'vitest'
import { visit } from '../harness/browser.ts'
import { hostileTest as test } from '../harness/site-test.ts'
import { announced } from './search-page.ts'

/*
 * Search results print what editors typed (titles, names, excerpts, facet labels): built from the
 * fixture with markup and scripts in every field, they must show it as text and run none of it.
 */
describe('search results of content with markup in every field', () => {
  test('show titles, names and labels as text and run nothing', async ({ page, siteUrl, data }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    // No query: every indexed page, newest first.
    await visit(page, siteUrl, '/recherche/')
    await announced(page)
    await page.waitForLoadState('networkidle')
    const titles = await page.locator('[data-search-result] .search-result-title').allInnerTexts()
    for (const indexed of [...data.talks, ...data.sessions]) expect(titles).toContain(indexed.title)
    const facets = await page.locator('[data-search-facets]').innerText()
    for (const tag of data.tags) expect(facets).toContain(tag.title)
    const signs = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      // Elements the payloads would have become inside the results and the facet panel.
      injected: document.querySelectorAll(
        ['script', 'img[src="x"]', 'svg', 'b'].map((tag) => `[data-search-page] ${tag}`).join(', '),
      ).length,
    }))
    expect({ dialogs, ...signs }).toEqual({ dialogs: [], pwned: undefined, injected: 0 })
  })
})
