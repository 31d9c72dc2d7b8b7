import { describe, expect } from 'vitest'
import { axeViolations } from '../harness/axe.ts'
import { visit } from '../harness/browser.ts'
import { paths } from '../harness/dataset.ts'
import { test } from '../harness/site-test.ts'
import { announced, searchFor } from './search-page.ts'

/* axe with results on screen, on /recherche/ and in the dialog, in both colour schemes. */

describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
  test('/recherche/ with results, facets and sections of pages has no axe violation', async ({ page, siteUrl }) => {
    await page.emulateMedia({ colorScheme })
    const found = await searchFor(page, siteUrl, '?q=terraform&tag=terraform')
    expect(found.length).toBeGreaterThan(0)
    await expect(
      page.locator('.search-result-sections').count(),
      'a result lists the sections it matched',
    ).resolves.toBeGreaterThan(0)
    const violations = await axeViolations(page)
    expect(violations, violations.join('\n')).toEqual([])
  })

  test('/recherche/ with no result has no axe violation', async ({ page, siteUrl }) => {
    await page.emulateMedia({ colorScheme })
    await searchFor(page, siteUrl, '?q=zzzxqw')
    expect(await announced(page)).toBe('Aucun résultat pour « zzzxqw ».')
    const noResults = page.locator('[data-search-empty]')
    await expect(noResults.isVisible()).resolves.toBe(true)
    for (const href of [paths.tags, paths.formats]) {
      await expect(noResults.locator(`a[href="${href}"]`).isVisible(), `no result offers ${href}`).resolves.toBe(true)
    }
    const violations = await axeViolations(page)
    expect(violations, violations.join('\n')).toEqual([])
  })

  test('the search dialog open with results on a talk page has no axe violation', async ({ page, siteUrl, data }) => {
    await page.emulateMedia({ colorScheme })
    await visit(page, siteUrl, paths.talk(data.talksOf(data.sessions[0]!)[0]!))
    await page.keyboard.press('Control+k')
    const dialog = page.getByRole('dialog', { name: 'Rechercher' })
    await dialog.waitFor()
    await page.keyboard.type('kubernetes')
    await dialog.locator('[data-search-result]').first().waitFor()
    const violations = await axeViolations(page)
    expect(violations, violations.join('\n')).toEqual([])
  })
})

test('the live region announces the number of results', async ({ page, siteUrl }) => {
  await searchFor(page, siteUrl, '?q=kubernetes')
  const status = page.locator('[data-search-status]')
  await expect(status.getAttribute('role')).resolves.toBe('status')
  expect(await status.innerText()).toMatch(/^\d+ résultats pour « kubernetes »\.$/)
})
