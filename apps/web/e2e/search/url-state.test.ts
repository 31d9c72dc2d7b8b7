import { toPlainText } from '@weshare/schema'
import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { paths } from '../harness/dataset.ts'
import { test } from '../harness/site-test.ts'
import { announced, resultPaths, searchFor } from './search-page.ts'

/* The URL of /recherche/ holds the search: shared links restore it, Back and Forward step through it. */

const params = (page: Page) => new URL(page.url()).searchParams
const historyLength = (page: Page) => page.evaluate(() => history.length)
const input = (page: Page) => page.getByRole('searchbox', { name: 'Mots recherchés' })
const checkbox = (page: Page, facet: string, value: string) =>
  page.locator(`[data-search-facets] input[name="${facet}"][value="${value}"]`)
const orderRadio = (page: Page, value: string) => page.locator(`[data-search-order] input[value="${value}"]`)

describe('a shared search link', () => {
  test('restores the query, the filters and the order, and shows their results', async ({ page, siteUrl, data }) => {
    const found = await searchFor(page, siteUrl, '?q=kubernetes&format=conference&tag=securite&sort=recent')
    await expect(input(page).inputValue()).resolves.toBe('kubernetes')
    await expect(checkbox(page, 'format', 'conference').isChecked()).resolves.toBe(true)
    await expect(checkbox(page, 'tag', 'securite').isChecked()).resolves.toBe(true)
    await expect(checkbox(page, 'format', 'rex').isChecked()).resolves.toBe(false)
    await expect(orderRadio(page, 'recent').isChecked()).resolves.toBe(true)
    const expected = data.talks.filter(
      (talk) =>
        talk.format === 'conference' &&
        talk.tags?.some((ref) => data.tag(ref._ref).slug.current === 'securite') &&
        /kubernetes|k8s/i.test(`${talk.title} ${toPlainText(talk.body)}`),
    )
    expect(found).toEqual(expected.map(paths.talk))
  })
})

describe('changing the search', () => {
  test('typing rewrites the URL in one new history entry, and Back restores the search before it', async ({
    page,
    siteUrl,
  }) => {
    await searchFor(page, siteUrl, '?q=kubernetes&format=conference')
    const before = await historyLength(page)
    await input(page).fill('')
    await input(page).pressSequentially('falco', { delay: 40 })
    await announced(page, '« falco »')
    expect(params(page).get('q')).toBe('falco')
    expect(params(page).getAll('format'), 'the filters stay').toEqual(['conference'])
    expect(await historyLength(page), 'one entry for the whole word').toBe(before + 1)

    await page.goBack()
    await announced(page, '« kubernetes »')
    expect(params(page).get('q')).toBe('kubernetes')
    await expect(input(page).inputValue()).resolves.toBe('kubernetes')
    expect((await resultPaths(page)).length).toBeGreaterThan(1)

    await page.goForward()
    await announced(page, '« falco »')
    await expect(input(page).inputValue()).resolves.toBe('falco')
  })

  test('a filter or an order is a new history entry that Back undoes', async ({ page, siteUrl }) => {
    await searchFor(page, siteUrl, '?q=kubernetes')
    await checkbox(page, 'format', 'rex').check()
    await announced(page, 'avec 1 filtre')
    expect(params(page).getAll('format')).toEqual(['rex'])
    await orderRadio(page, 'recent').check()
    await expect.poll(() => params(page).get('sort')).toBe('recent')

    await page.goBack()
    await expect.poll(() => params(page).get('sort')).toBeNull()
    await expect(orderRadio(page, 'relevance').isChecked()).resolves.toBe(true)
    await page.goBack()
    await announced(page, 'pour « kubernetes ».')
    await expect(checkbox(page, 'format', 'rex').isChecked()).resolves.toBe(false)
    expect(params(page).getAll('format')).toEqual([])
  })

  test('Enter settles the words: typing again starts a new history entry', async ({ page, siteUrl, data }) => {
    await searchFor(page, siteUrl, '')
    const before = await historyLength(page)
    await input(page).pressSequentially('mimir', { delay: 30 })
    await input(page).press('Enter')
    await announced(page, '« mimir »')
    await input(page).fill('')
    await input(page).pressSequentially('wayland', { delay: 30 })
    await announced(page, '« wayland »')
    expect(await historyLength(page)).toBe(before + 2)
    await page.goBack()
    await announced(page, '« mimir »')
    expect(await resultPaths(page)).toEqual([paths.talk(data.talks.find((talk) => talk.slug.current === 'mimir')!)])
  })
})
