import { TALK_FORMATS, toPlainText } from '@weshare/schema'
import { describe, expect } from 'vitest'
import { visit } from '../harness/browser.ts'
import { paths, readDataset } from '../harness/dataset.ts'
import { test } from '../harness/site-test.ts'
import { q, searchFor } from './search-page.ts'
import { readRecentOrder, RECENT_ORDER_URL } from '../../src/lib/search-order.ts'

/*
 * What the index holds, read through Pagefind's own API in the browser: talk and session pages
 * only, each with its date and the metadata results show, and no sort key (« Plus récents » reads
 * the build's order file instead); and the synonyms, indexed yet out of sight.
 */

interface Indexed {
  id: string
  url: string
  /** The text Pagefind indexed. */
  content: string
  meta: Record<string, string>
  filters: Record<string, string[]>
}

const data = await readDataset()
let indexed: Indexed[]
let orderFile: string
test.beforeAll(async ({ tab: page, siteUrl }) => {
  await visit(page, siteUrl, paths.home)
  // A string, not a function: the test runner would rewrite a function's import() for Node.
  ;({ indexed, orderFile } = await page.evaluate<{ indexed: Indexed[]; orderFile: string }>(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js')
    const all = await pagefind.search(null)
    const pages = await Promise.all(all.results.map(async (result) => ({ id: result.id, ...(await result.data()) })))
    const orderFile = await (await fetch('${RECENT_ORDER_URL}')).text()
    return { indexed: pages.map(({ id, url, content, meta, filters }) => ({ id, url, content, meta, filters })), orderFile }
  })()`))
})

describe('the search index', () => {
  test('holds every talk page and session page, and no other page', () => {
    const expected = [...data.talks.map(paths.talk), ...data.sessions.map(paths.session)]
    expect(indexed.map((entry) => entry.url).toSorted()).toEqual(expected.toSorted())
  })

  test('dates every indexed page, and its order file puts each after every newer one', () => {
    const ranks = readRecentOrder(
      orderFile,
      indexed.map((entry) => entry.id),
    )
    for (const entry of indexed) expect(entry.meta.date, entry.url).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const byDate = indexed.toSorted((a, b) => b.meta.date!.localeCompare(a.meta.date!))
    for (const [index, entry] of byDate.entries()) {
      const next = byDate[index + 1]
      if (next)
        expect(Math.sign(ranks.get(entry.id)! - ranks.get(next.id)!), `${entry.url} then ${next.url}`).toBe(
          entry.meta.date === next.meta.date ? 0 : -1,
        )
    }
  })

  test("indexes a session page's title and intro, not the kicker, dates and counts every session page repeats", () => {
    for (const session of data.sessions) {
      const entry = indexed.find((candidate) => candidate.url === paths.session(session))!
      expect(entry.content).toContain(session.title)
      const introWord = toPlainText(session.intro).match(/\p{L}{6,}/u)?.[0]
      expect(introWord, `${session.title} has an intro`).toBeDefined()
      expect(entry.content).toContain(introWord)
      expect(entry.content).not.toMatch(/Récap d'édition|\d+ talks?\b/)
      for (const format of TALK_FORMATS) expect(entry.content).not.toMatch(new RegExp(`\\d+ ${format.label}`))
    }
  })

  test('gives each talk its title, format label, session, speakers and filters', () => {
    for (const talk of data.talks) {
      const entry = indexed.find((candidate) => candidate.url === paths.talk(talk))!
      const session = data.sessionOf(talk)
      expect(entry.meta).toMatchObject({
        title: talk.title,
        format: TALK_FORMATS.find((format) => format.value === talk.format)!.label,
        session: session.title,
      })
      for (const ref of talk.speakers) expect(entry.meta.speakers).toContain(data.speaker(ref._ref).name)
      expect(entry.filters.format).toEqual([talk.format])
      expect(entry.filters.speaker?.toSorted()).toEqual(
        talk.speakers.map((ref) => data.speaker(ref._ref).slug.current).toSorted(),
      )
      expect(entry.filters.session).toEqual([session.slug.current])
    }
  })
})

describe('synonyms', () => {
  const talk = () => data.talks.find((candidate) => candidate.slug.current === 'docker-compose-n-est-pas-mort')!

  test('are added to the page out of sight and out of the accessibility tree', async ({ tab: page, siteUrl }) => {
    await visit(page, siteUrl, paths.talk(talk()))
    const added = page.locator('article p[hidden][aria-hidden="true"]')
    await expect(added.textContent()).resolves.toContain('k8s')
    await expect(added.isVisible()).resolves.toBe(false)
    await expect(page.locator('main').innerText()).resolves.not.toContain('k8s')
    await expect(page.locator('main').ariaSnapshot()).resolves.not.toContain('k8s')
  })

  test('are indexed all the same: the hidden form finds the page', async ({ tab: page, siteUrl }) => {
    expect(await searchFor(page, siteUrl, q('k8s'))).toContain(paths.talk(talk()))
  })
})
