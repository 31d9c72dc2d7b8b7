import { describe, expect, test } from 'vitest'
import { HOSTILE_DATASET, useSiteBuiltFrom } from '../harness/use-site.ts'
import { announced } from './search-page.ts'
import { visit } from '../harness/browser.ts'

/*
 * Search results print what editors typed (titles, names, excerpts, facet labels): built from the
 * fixture with markup and scripts in every field, they must show it as text and run none of it.
 */
const site = useSiteBuiltFrom(HOSTILE_DATASET)

describe('search results of content with markup in every field', () => {
  test('show titles, names and labels as text and run nothing', async () => {
    const page = await site.browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    try {
      // No query: every indexed page, newest first.
      await visit(page, site.url, '/recherche/')
      await announced(page)
      await page.waitForLoadState('networkidle')
      const titles = await page.locator('[data-search-result] .search-result-title').allInnerTexts()
      for (const page of [...site.data().talks, ...site.data().editions]) expect(titles).toContain(page.title)
      const facets = await page.locator('[data-search-facets]').innerText()
      for (const tag of site.data().tags) expect(facets).toContain(tag.title)
      const signs = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        // Elements the payloads would have become inside the results and the facet panel.
        injected: document.querySelectorAll(
          ['script', 'img[src="x"]', 'svg', 'b'].map((tag) => `[data-search-page] ${tag}`).join(', '),
        ).length,
      }))
      expect({ dialogs, ...signs }).toEqual({ dialogs: [], pwned: undefined, injected: 0 })
    } finally {
      await page.close()
    }
  })
})
