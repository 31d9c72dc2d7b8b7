import type { Page, Request } from 'playwright-core'
import { describe, expect } from 'vitest'
import { visit } from '../harness/browser.ts'
import { paths, readDataset, type Dataset } from '../harness/dataset.ts'
import { test } from '../harness/site-test.ts'
import { FEW_RESULTS } from '../../src/lib/search-typos.ts'
import { paths as sitePaths } from '../../src/lib/urls.ts'
import { announced, q, resultPaths, searchFor } from './search-page.ts'

/*
 * A reader's typo still finds the talk: typos made from the words of the sample's titles, searched
 * on /recherche/ and in the dialog.
 */

let data: Dataset
let page: Page
let siteUrl: string
let vocabularyRequests: string[]
test.beforeAll(async () => {
  data = await readDataset()
})
test.beforeEach(({ page: tab, siteUrl: url }) => {
  page = tab
  siteUrl = url
  vocabularyRequests = []
  page.on('request', (request: Request) => {
    if (new URL(request.url()).pathname.startsWith('/search/vocabulary/')) vocabularyRequests.push(request.url())
  })
})

/** The page of the talk whose title holds `word`, and the word as its title spells it, lowercased. */
function talkTitled(word: string): { path: string; spelled: string } {
  const matches = data.talks.filter((talk) => talk.title.toLowerCase().includes(word))
  if (matches.length !== 1) throw new Error(`The sample has ${matches.length} talks titled with "${word}", not one.`)
  return { path: paths.talk(matches[0]!), spelled: word }
}

const deleteAt = (word: string, at: number) => word.slice(0, at) + word.slice(at + 1)
const insertAt = (word: string, at: number, letter: string) => word.slice(0, at) + letter + word.slice(at)
const replaceAt = (word: string, at: number, letter: string) => word.slice(0, at) + letter + word.slice(at + 1)
const swapAt = (word: string, at: number) => word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '')

const note = () => page.locator('main .search-correction')

const cases = [
  { typo: 'a deleted letter', word: 'terraformer', typed: (word: string) => deleteAt(word, 6) },
  { typo: 'a doubled letter', word: 'wayland', typed: (word: string) => insertAt(word, 4, 'l') },
  { typo: 'a wrong letter', word: 'pulumi', typed: (word: string) => replaceAt(word, 5, 'o') },
  { typo: 'two letters swapped', word: 'livebox', typed: (word: string) => swapAt(word, 5) },
  {
    typo: 'a missing accent and two letters swapped',
    word: 'évènements',
    typed: (word: string) => swapAt(withoutAccents(word), 6),
  },
]

describe('a query with a typo on /recherche/', () => {
  for (const { typo, word, typed } of cases) {
    test(`with ${typo} ("${typed(word)}") searches "${word}" at once and finds its talk`, async () => {
      const { path, spelled } = talkTitled(word)
      const query = typed(word)
      expect(query).not.toBe(spelled)
      const found = await searchFor(page, siteUrl, q(query))
      expect(found).toContain(path)
      await expect(note().innerText()).resolves.toBe(`Résultats pour ${spelled} — rechercher plutôt « ${query} »`)
      expect(await announced(page)).toMatch(new RegExp(`pour « ${spelled} »\\. Recherche corrigée`))
      expect(new URL(page.url()).searchParams.get('q'), 'the URL keeps the typed words').toBe(query)
    })
  }

  test('with a typo in one word of two, corrects that word and keeps the other', async () => {
    const { path } = talkTitled('falco')
    const found = await searchFor(page, siteUrl, q(`falco ${swapAt('runtime', 4)}`))
    expect(found).toEqual([path])
    await expect(note().innerText()).resolves.toBe('Résultats pour falco runtime — rechercher plutôt « falco runtmie »')
  })

  test('offers the close words as links when none is clearly best, and one click searches it', async () => {
    const { path } = talkTitled('mesh')
    const typed = deleteAt('mesh', 1)
    await searchFor(page, siteUrl, q(typed))
    await expect(note().innerText()).resolves.toMatch(/^Vouliez-vous dire : .*\bmesh\b.* \?$/)
    expect(await announced(page)).toMatch(/Vouliez-vous dire : .*« mesh »/)
    await note().getByRole('link', { name: 'mesh', exact: true }).click()
    await announced(page, '« mesh »')
    expect(new URL(page.url()).searchParams.get('q')).toBe('mesh')
    expect(await resultPaths(page)).toContain(path)
    await page.goBack()
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(typed)
  })

  test('offers the typed words as they are, a history entry that Back undoes', async () => {
    const typed = deleteAt('terraformer', 6)
    await searchFor(page, siteUrl, q(typed))
    await note()
      .getByRole('link', { name: `rechercher plutôt « ${typed} »` })
      .click()
    expect(await announced(page, 'Aucun résultat')).toBe(`Aucun résultat pour « ${typed} ».`)
    expect(new URL(page.url()).searchParams.get('exact')).toBe('1')
    await expect(note().count()).resolves.toBe(0)

    await page.goBack()
    await announced(page, 'Recherche corrigée')
    expect(new URL(page.url()).searchParams.get('exact')).toBeNull()
    expect(await resultPaths(page)).toContain(talkTitled('terraformer').path)
  })

  test('a link to the typed words as they are shows them uncorrected, and a change of order keeps them so', async () => {
    const typed = deleteAt('terraformer', 6)
    await searchFor(page, siteUrl, `${q(typed)}&exact=1`)
    expect(await announced(page)).toBe(`Aucun résultat pour « ${typed} ».`)
    await expect(note().count()).resolves.toBe(0)
    await page.locator('[data-search-order] input[value="recent"]').check()
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('recent')
    expect(new URL(page.url()).searchParams.get('exact')).toBe('1')
    await expect(note().count()).resolves.toBe(0)
  })

  test('leaves a rare word typed right as it is', async () => {
    const { path } = talkTitled('hashistack')
    expect(await searchFor(page, siteUrl, q('hashistack'))).toEqual([path])
    await expect(note().count()).resolves.toBe(0)
  })

  test('loads no vocabulary for a query with results enough', async () => {
    expect((await searchFor(page, siteUrl, q('kubernetes'))).length).toBeGreaterThanOrEqual(FEW_RESULTS)
    await expect(note().count()).resolves.toBe(0)
    expect(vocabularyRequests).toEqual([])
  })

  test('leaves a capitalised speaker name as it is', async () => {
    const speaker = data.speakers.find((candidate) => candidate.name === 'Ronan')!
    const found = await searchFor(page, siteUrl, q(speaker.name))
    expect(found.length).toBeGreaterThan(0)
    await expect(note().count()).resolves.toBe(0)
  })

  test('still says "aucun résultat" for nonsense, with the tags and the formats a click away', async () => {
    expect(await searchFor(page, siteUrl, q('zqxwvj'))).toEqual([])
    expect(await announced(page)).toBe('Aucun résultat pour « zqxwvj ».')
    await expect(note().count()).resolves.toBe(0)
    const empty = page.locator('[data-search-empty]')
    await expect(empty.getByRole('link', { name: 'sujets' }).getAttribute('href')).resolves.toBe(sitePaths.tags)
    await expect(empty.getByRole('link', { name: 'formats' }).getAttribute('href')).resolves.toBe(sitePaths.formats)
  })
})

describe('a query with a typo in the search dialog', () => {
  test('finds the talk, says so once, and offers the typed words as they are', async () => {
    const { path } = talkTitled('kafka')
    await visit(page, siteUrl, paths.home)
    await page.keyboard.press('Control+k')
    const dialog = page.getByRole('dialog', { name: 'Rechercher' })
    await dialog.waitFor()
    const typed = swapAt('kafka', 2)
    await page.keyboard.type(typed, { delay: 20 })
    const status = dialog.locator('[role="status"]')
    await status.filter({ hasText: 'Recherche corrigée' }).waitFor()
    await expect(status.innerText()).resolves.toMatch(
      new RegExp(`pour « kafka »\\. Recherche corrigée : « kafka » au lieu de « ${typed} »\\.$`),
    )
    expect(await resultPaths(page, 'dialog')).toContain(path)

    await dialog.getByRole('link', { name: `rechercher plutôt « ${typed} »` }).click()
    await status.filter({ hasText: 'Aucun résultat' }).waitFor()
    await expect(dialog.locator('input[type="search"]').inputValue()).resolves.toBe(typed)
    expect(await dialog.locator('.search-correction').count()).toBe(0)
  })
})
