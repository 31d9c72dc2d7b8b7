import { toPlainText } from '@weshare/schema'
import type { Page } from 'playwright-core'
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { paths, readDataset, type Dataset } from '../harness/dataset.ts'
import { useSite } from '../harness/use-site.ts'
import { announced, resultPaths, searchFor } from './search-page.ts'

/* The URL of /recherche/ holds the search: shared links restore it, Back and Forward step through it. */

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

const params = () => new URL(page.url()).searchParams
const historyLength = () => page.evaluate(() => history.length)
const input = () => page.getByRole('searchbox', { name: 'Mots recherchés' })
const checkbox = (facet: string, value: string) =>
  page.locator(`[data-search-facets] input[name="${facet}"][value="${value}"]`)
const orderRadio = (value: string) => page.locator(`[data-search-order] input[value="${value}"]`)

describe('a shared search link', () => {
  test('restores the query, the filters and the order, and shows their results', async () => {
    const found = await searchFor(page, site.url, '?q=kubernetes&format=conference&tag=securite&sort=recent')
    await expect(input().inputValue()).resolves.toBe('kubernetes')
    await expect(checkbox('format', 'conference').isChecked()).resolves.toBe(true)
    await expect(checkbox('tag', 'securite').isChecked()).resolves.toBe(true)
    await expect(checkbox('format', 'rex').isChecked()).resolves.toBe(false)
    await expect(orderRadio('recent').isChecked()).resolves.toBe(true)
    const expected = data.talks.filter(
      (talk) =>
        talk.format === 'conference' &&
        talk.topics?.some((ref) => data.tag(ref._ref).slug.current === 'securite') &&
        /kubernetes|k8s/i.test(`${talk.title} ${toPlainText(talk.body)}`),
    )
    expect(found).toEqual(expected.map(paths.talk))
  })
})

describe('changing the search', () => {
  test('typing rewrites the URL in one new history entry, and Back restores the search before it', async () => {
    await searchFor(page, site.url, '?q=kubernetes&format=conference')
    const before = await historyLength()
    await input().fill('')
    await input().pressSequentially('falco', { delay: 40 })
    await announced(page, '« falco »')
    expect(params().get('q')).toBe('falco')
    expect(params().getAll('format'), 'the filters stay').toEqual(['conference'])
    expect(await historyLength(), 'one entry for the whole word').toBe(before + 1)

    await page.goBack()
    await announced(page, '« kubernetes »')
    expect(params().get('q')).toBe('kubernetes')
    await expect(input().inputValue()).resolves.toBe('kubernetes')
    expect((await resultPaths(page)).length).toBeGreaterThan(1)

    await page.goForward()
    await announced(page, '« falco »')
    await expect(input().inputValue()).resolves.toBe('falco')
  })

  test('a filter or an order is a new history entry that Back undoes', async () => {
    await searchFor(page, site.url, '?q=kubernetes')
    await checkbox('format', 'rex').check()
    await announced(page, 'avec 1 filtre')
    expect(params().getAll('format')).toEqual(['rex'])
    await orderRadio('recent').check()
    await expect.poll(() => params().get('sort')).toBe('recent')

    await page.goBack()
    await expect.poll(() => params().get('sort')).toBeNull()
    await expect(orderRadio('relevance').isChecked()).resolves.toBe(true)
    await page.goBack()
    await announced(page, 'pour « kubernetes ».')
    await expect(checkbox('format', 'rex').isChecked()).resolves.toBe(false)
    expect(params().getAll('format')).toEqual([])
  })

  test('Enter settles the words: typing again starts a new history entry', async () => {
    await searchFor(page, site.url, '')
    const before = await historyLength()
    await input().pressSequentially('mimir', { delay: 30 })
    await input().press('Enter')
    await announced(page, '« mimir »')
    await input().fill('')
    await input().pressSequentially('wayland', { delay: 30 })
    await announced(page, '« wayland »')
    expect(await historyLength()).toBe(before + 2)
    await page.goBack()
    await announced(page, '« mimir »')
    expect(await resultPaths(page)).toEqual([paths.talk(data.talks.find((talk) => talk.slug.current === 'mimir')!)])
  })
})
