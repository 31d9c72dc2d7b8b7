import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { visit } from '../harness/browser.ts'
import { paths } from '../harness/dataset.ts'
import { test } from '../harness/site-test.ts'

/* A reader without JavaScript gets a plain link to /recherche/, which tells them where to browse instead. */

// One tab with JavaScript off for the file, closed with the browser.
let page: Page
test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
})

describe('without JavaScript', () => {
  test('the header entry of a talk page is a plain link to /recherche/', async ({ siteUrl, data }) => {
    await visit(page, siteUrl, paths.talk(data.talks[0]!))
    const link = page.locator('header').getByRole('link', { name: 'Rechercher' })
    await expect(link.getAttribute('href')).resolves.toBe('/recherche/')
    await expect(link.isVisible()).resolves.toBe(true)
    await expect(page.locator('header').getByRole('button', { name: 'Rechercher' }).count()).resolves.toBe(0)
  })

  test('/recherche/ says that search needs JavaScript and links to the tags and formats, with no dead form', async ({
    siteUrl,
  }) => {
    await visit(page, siteUrl, '/recherche/?q=kafka')
    const main = page.locator('main')
    await expect(main.innerText()).resolves.toContain('La recherche a besoin de JavaScript')
    for (const href of [paths.tags, paths.formats]) {
      await expect(main.locator(`a[href="${href}"]`).first().isVisible(), `a visible link to ${href}`).resolves.toBe(
        true,
      )
    }
    await expect(page.getByRole('searchbox').count(), 'no search box that cannot search').resolves.toBe(0)
  })
})
