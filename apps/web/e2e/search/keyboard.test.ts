import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { visit } from '../harness/browser.ts'
import { paths, type Dataset } from '../harness/dataset.ts'
import { test } from '../harness/site-test.ts'
import { resultPaths } from './search-page.ts'

/* Search from any page with the keyboard alone: open, type, move, open a result, or close. */

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Rechercher' })
const focused = (page: Page) =>
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

async function typeAndWait(page: Page, words: string): Promise<string[]> {
  await page.keyboard.type(words, { delay: 20 })
  await dialog(page)
    .locator('[role="status"]')
    .filter({ hasText: `« ${words} »` })
    .waitFor()
  return resultPaths(page, 'dialog')
}

function firstTalkPage(data: Dataset): string {
  return paths.talk(data.talksOf(data.sessions[0]!)[0]!)
}

describe('the search dialog', () => {
  test('opens with Ctrl+K on a talk page, with the focus in its search box', async ({ page, siteUrl, data }) => {
    await visit(page, siteUrl, firstTalkPage(data))
    await page.keyboard.press('Control+k')
    await dialog(page).waitFor()
    expect((await focused(page)).isSearchBox).toBe(true)
  })

  test('opens with ⌘K and with "/"', async ({ page, siteUrl }) => {
    await visit(page, siteUrl, paths.home)
    await page.keyboard.press('Meta+k')
    await dialog(page).waitFor()
    await page.keyboard.press('Escape')
    await dialog(page).waitFor({ state: 'hidden' })
    await page.keyboard.press('/')
    await dialog(page).waitFor()
    expect((await focused(page)).isSearchBox).toBe(true)
  })

  test('moves through the results with the arrow keys and opens one with Enter, its words highlighted', async ({
    page,
    siteUrl,
    data,
  }) => {
    await visit(page, siteUrl, firstTalkPage(data))
    await page.keyboard.press('/')
    await dialog(page).waitFor()
    const found = await typeAndWait(page, 'kubernetes')
    expect(found.length).toBeGreaterThan(2)

    await page.keyboard.press('ArrowDown')
    expect(await focused(page)).toMatchObject({ tag: 'a', href: found[0], inDialog: true })
    await page.keyboard.press('ArrowDown')
    expect(await focused(page)).toMatchObject({ tag: 'a', inDialog: true })
    const second = (await focused(page)).href
    await page.keyboard.press('ArrowUp')
    expect(await focused(page)).toMatchObject({ href: found[0] })
    await page.keyboard.press('ArrowUp')
    expect((await focused(page)).isSearchBox, 'Up from the first result goes back to the box').toBe(true)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect((await focused(page)).href).toBe(second)

    await Promise.all([page.waitForURL((url) => url.pathname === second), page.keyboard.press('Enter')])
    expect(new URL(page.url()).searchParams.get('pagefind-highlight')).toBe('kubernetes')
    await expect
      .poll(() => page.locator('main mark.pagefind-highlight').count(), {
        message: 'the searched word is highlighted on the page',
      })
      .toBeGreaterThan(0)
  })

  test('closes with Escape and gives the focus back to the header button', async ({ page, siteUrl, data }) => {
    await visit(page, siteUrl, firstTalkPage(data))
    await page.locator('header [data-search-open]').focus()
    await page.keyboard.press('Enter')
    await dialog(page).waitFor()
    await typeAndWait(page, 'mimir')
    await page.keyboard.press('Escape')
    await dialog(page).waitFor({ state: 'hidden' })
    expect((await focused(page)).isHeaderButton).toBe(true)
  })

  test('sends Enter in the box to /recherche/ with the same words, where filters and order are', async ({
    page,
    siteUrl,
    data,
  }) => {
    await visit(page, siteUrl, firstTalkPage(data))
    await page.keyboard.press('Control+k')
    await dialog(page).waitFor()
    await typeAndWait(page, 'terraform')
    await Promise.all([page.waitForURL((url) => url.pathname === '/recherche/'), page.keyboard.press('Enter')])
    expect(new URL(page.url()).searchParams.get('q')).toBe('terraform')
    await expect(page.getByRole('searchbox', { name: 'Mots recherchés' }).inputValue()).resolves.toBe('terraform')
  })

  test('does not open when "/" is typed in a text field', async ({ page, siteUrl }) => {
    await visit(page, siteUrl, '/recherche/')
    const box = page.getByRole('searchbox', { name: 'Mots recherchés' })
    await box.click()
    await page.keyboard.type('ci/cd')
    await expect(box.inputValue()).resolves.toBe('ci/cd')
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0)
  })
})
