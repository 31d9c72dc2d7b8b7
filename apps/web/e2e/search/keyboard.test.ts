import type { Page } from 'playwright-core'
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { visit } from '../harness/browser.ts'
import { paths, readDataset, type Dataset } from '../harness/dataset.ts'
import { useSite } from '../harness/use-site.ts'
import { resultPaths } from './search-page.ts'

/* Search from any page with the keyboard alone: open, type, move, open a result, or close. */

const site = useSite()
let data: Dataset
let page: Page
beforeAll(async () => {
  data = await readDataset()
})
beforeEach(async () => {
  page = await site.browser.newPage()
})
afterEach(async () => {
  await page?.close()
})

const dialog = () => page.getByRole('dialog', { name: 'Rechercher' })
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement
    return {
      tag: element?.tagName.toLowerCase(),
      href: element instanceof HTMLAnchorElement ? new URL(element.href).pathname : null,
      inDialog: !!element?.closest('dialog'),
      isHeaderButton: !!element?.matches('header [data-search-open]'),
      isSearchBox: !!element?.matches('dialog input[type="search"]'),
    }
  })

async function typeAndWait(words: string): Promise<string[]> {
  await page.keyboard.type(words, { delay: 20 })
  await dialog()
    .locator('[role="status"]')
    .filter({ hasText: `« ${words} »` })
    .waitFor()
  return resultPaths(page, 'dialog')
}

function firstTalkPage(): string {
  return paths.talk(data.talksOf(data.editions[0]!)[0]!)
}

describe('the search dialog', () => {
  test('opens with Ctrl+K on a talk page, with the focus in its search box', async () => {
    await visit(page, site.url, firstTalkPage())
    await page.keyboard.press('Control+k')
    await dialog().waitFor()
    expect((await focused()).isSearchBox).toBe(true)
  })

  test('opens with ⌘K and with "/"', async () => {
    await visit(page, site.url, paths.home)
    await page.keyboard.press('Meta+k')
    await dialog().waitFor()
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'hidden' })
    await page.keyboard.press('/')
    await dialog().waitFor()
    expect((await focused()).isSearchBox).toBe(true)
  })

  test('moves through the results with the arrow keys and opens one with Enter, its words highlighted', async () => {
    await visit(page, site.url, firstTalkPage())
    await page.keyboard.press('/')
    await dialog().waitFor()
    const found = await typeAndWait('kubernetes')
    expect(found.length).toBeGreaterThan(2)

    await page.keyboard.press('ArrowDown')
    expect(await focused()).toMatchObject({ tag: 'a', href: found[0], inDialog: true })
    await page.keyboard.press('ArrowDown')
    expect(await focused()).toMatchObject({ tag: 'a', inDialog: true })
    const second = (await focused()).href
    await page.keyboard.press('ArrowUp')
    expect(await focused()).toMatchObject({ href: found[0] })
    await page.keyboard.press('ArrowUp')
    expect((await focused()).isSearchBox, 'Up from the first result goes back to the box').toBe(true)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect((await focused()).href).toBe(second)

    await Promise.all([page.waitForURL((url) => url.pathname === second), page.keyboard.press('Enter')])
    expect(new URL(page.url()).searchParams.get('pagefind-highlight')).toBe('kubernetes')
    await expect
      .poll(() => page.locator('main mark.pagefind-highlight').count(), {
        message: 'the searched word is highlighted on the page',
      })
      .toBeGreaterThan(0)
  })

  test('closes with Escape and gives the focus back to the header button', async () => {
    await visit(page, site.url, firstTalkPage())
    await page.locator('header [data-search-open]').focus()
    await page.keyboard.press('Enter')
    await dialog().waitFor()
    await typeAndWait('mimir')
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'hidden' })
    expect((await focused()).isHeaderButton).toBe(true)
  })

  test('sends Enter in the box to /recherche/ with the same words, where filters and order are', async () => {
    await visit(page, site.url, firstTalkPage())
    await page.keyboard.press('Control+k')
    await dialog().waitFor()
    await typeAndWait('terraform')
    await Promise.all([page.waitForURL((url) => url.pathname === '/recherche/'), page.keyboard.press('Enter')])
    expect(new URL(page.url()).searchParams.get('q')).toBe('terraform')
    await expect(page.getByRole('searchbox', { name: 'Mots recherchés' }).inputValue()).resolves.toBe('terraform')
  })

  test('does not open when "/" is typed in a text field', async () => {
    await visit(page, site.url, '/recherche/')
    const box = page.getByRole('searchbox', { name: 'Mots recherchés' })
    await box.click()
    await page.keyboard.type('ci/cd')
    await expect(box.inputValue()).resolves.toBe('ci/cd')
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0)
  })
})
