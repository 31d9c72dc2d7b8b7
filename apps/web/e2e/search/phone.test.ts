import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { test } from '../harness/site-test.ts'
import { announced, q, searchFor } from './search-page.ts'

/* /recherche/ on a phone: results right after the search box, the facets behind "Filtrer". */

/** A common phone's screen, in CSS pixels. */
const PHONE = { width: 390, height: 844 }
let page: Page
let siteUrl: string
test.beforeEach(async ({ browser, siteUrl: url }) => {
  siteUrl = url
  page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true })
  return () => page.close()
})

const toggle = () => page.locator('[data-search-filter-toggle]')
const panel = () => page.locator('#search-facets-panel')

describe('the search page on a 390 px screen', () => {
  test('shows the first result in the first screen, the facets out of the way', async () => {
    await searchFor(page, siteUrl, q('kubernetes'))
    const title = page.locator('main [data-search-result] .search-result-title').first()
    const box = await title.boundingBox()
    expect(box, 'the first result is laid out').not.toBeNull()
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height)
    await expect(panel().isVisible()).resolves.toBe(false)
    await expect(toggle().innerText()).resolves.toBe('Filtrer')
    await expect(toggle().getAttribute('aria-expanded')).resolves.toBe('false')
  })

  test('"Filtrer" opens the facets, a filter narrows the results and the URL, closing gives focus back', async () => {
    await searchFor(page, siteUrl, q('kubernetes'))
    await toggle().click()
    await expect(toggle().getAttribute('aria-expanded')).resolves.toBe('true')
    const rex = panel().getByRole('checkbox', { name: /^REX/ })
    await rex.waitFor()
    await expect(rex.locator('xpath=ancestor::label').innerText()).resolves.toMatch(/\(\d+\)$/)
    await rex.check()
    await announced(page, 'avec 1 filtre')
    expect(new URL(page.url()).searchParams.getAll('format')).toEqual(['rex'])
    await expect(toggle().innerText()).resolves.toBe('Filtrer (1)')

    await page.keyboard.press('Escape')
    await expect(panel().isVisible()).resolves.toBe(false)
    await expect(toggle().evaluate((button) => button === document.activeElement)).resolves.toBe(true)
    await expect(toggle().getAttribute('aria-expanded')).resolves.toBe('false')
  })

  test('counts the active filters of a shared link on the button, and "Voir les résultats" closes the panel', async () => {
    await searchFor(page, siteUrl, '?q=kubernetes&format=conference&format=rex')
    await expect(toggle().innerText()).resolves.toBe('Filtrer (2)')
    await toggle().click()
    // The panel's controls are made when it first opens: they show the link's filters chosen.
    const checked = panel().getByRole('checkbox', { checked: true })
    await checked.first().waitFor()
    await expect(
      checked.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value).sort()),
    ).resolves.toEqual(['conference', 'rex'])
    await panel().getByRole('button', { name: 'Voir les résultats' }).click()
    await expect(panel().isVisible()).resolves.toBe(false)
    await expect(toggle().evaluate((button) => button === document.activeElement)).resolves.toBe(true)
  })

  test('keeps the side panel, without the button, on a wide screen', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await searchFor(page, siteUrl, q('kubernetes'))
    await expect(panel().isVisible()).resolves.toBe(true)
    await expect(toggle().isVisible()).resolves.toBe(false)
  })
})
