import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { visit } from '../harness/browser.ts'
import { paths, readDataset, type Dataset } from '../harness/dataset.ts'
import { useSite } from '../harness/use-site.ts'

/* A reader without JavaScript gets a plain link to /recherche/, which tells them where to browse instead. */

const site = useSite()
let data: Dataset
let context: BrowserContext
let page: Page
beforeAll(async () => {
  data = await readDataset()
  context = await site.browser.newContext({ javaScriptEnabled: false })
  page = await context.newPage()
})
afterAll(async () => {
  await context?.close()
})

describe('without JavaScript', () => {
  test('the header entry of a talk page is a plain link to /recherche/', async () => {
    await visit(page, site.url, paths.talk(data.talks[0]!))
    const link = page.locator('header').getByRole('link', { name: 'Rechercher' })
    await expect(link.getAttribute('href')).resolves.toBe('/recherche/')
    await expect(link.isVisible()).resolves.toBe(true)
    await expect(page.locator('header').getByRole('button', { name: 'Rechercher' }).count()).resolves.toBe(0)
  })

  test('/recherche/ says that search needs JavaScript and links to the topics and formats, with no dead form', async () => {
    await visit(page, site.url, '/recherche/?q=kafka')
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
