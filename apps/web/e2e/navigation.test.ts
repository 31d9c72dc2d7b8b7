import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { TALK_FORMAT_VALUES, talkFormat, talkFormatOrder } from '@weshare/schema'
import { visit } from './harness/browser.ts'
import { paths } from './harness/dataset.ts'
import { test } from './harness/site-test.ts'

const pathOf = (page: Page) => new URL(page.url()).pathname
const h1 = (page: Page) => page.locator('h1').first().innerText()

/** Clicks the first link to `href` inside `scope` (the whole page by default) and waits for the new page. */
async function follow(page: Page, href: string, scope = 'body'): Promise<void> {
  const link = page.locator(`${scope} a[href="${href}"]`).first()
  expect(await link.count(), `no link to ${href} in ${scope} of ${pathOf(page)}`).toBe(1)
  await Promise.all([page.waitForURL((url) => url.pathname === href), link.click()])
}

describe('reading a session', () => {
  test('leads from the home page to the latest session, its Sommaire, a talk, its speaker, tag and format, and back', async ({
    page,
    siteUrl,
    data,
  }) => {
    const [session] = data.sessions
    if (!session) throw new Error('The sample dataset has no session.')
    const talks = data.talksOf(session)
    // The last talk of the Sommaire: reaching it needs a real scroll.
    const talk = talks.findLast((candidate) => (candidate.tags ?? []).length > 0)
    if (!talk) throw new Error(`No talk of ${session.slug.current} has a tag.`)
    const history: Array<{ url: string; title: string }> = []
    const remember = async () => history.push({ url: page.url(), title: await page.title() })

    await visit(page, siteUrl, paths.home)
    await remember()
    await follow(page, paths.session(session), 'main')
    expect(await h1(page)).toContain(session.title)
    await remember()

    const sommaire = page.getByRole('navigation', { name: 'Sommaire' })
    await expect(sommaire.locator('a[href^="#"]').count()).resolves.toBe(talks.length)
    const anchor = sommaire.locator('a[href^="#"]', { hasText: talk.title }).first()
    const fragment = (await anchor.getAttribute('href')) ?? ''
    await anchor.click()
    await page.waitForURL((url) => url.hash === fragment)
    const section = page.locator(`[id="${decodeURIComponent(fragment.slice(1))}"]`)
    await expect(section.count(), `the Sommaire link ${fragment} points to no element`).resolves.toBe(1)
    await expect
      .poll(
        () =>
          section.evaluate((element) => {
            const box = element.getBoundingClientRect()
            return box.top >= -1 && box.top < window.innerHeight
          }),
        { message: `section ${fragment} is not scrolled into view` },
      )
      .toBe(true)
    await expect(section.innerText()).resolves.toContain(talk.title)
    await remember()

    await follow(page, paths.talk(talk), `[id="${fragment.slice(1)}"]`)
    expect(await h1(page)).toBe(talk.title)
    await remember()

    const speaker = data.speaker(talk.speakers[0]!._ref)
    await follow(page, paths.speaker(speaker), 'main')
    expect(await h1(page)).toContain(speaker.name)
    await expect(
      page.locator(`main a[href="${paths.talk(talk)}"]`).count(),
      'the speaker page lists the talk',
    ).resolves.toBeGreaterThan(0)
    await page.goBack()
    expect(pathOf(page)).toBe(paths.talk(talk))

    const tag = data.tag(talk.tags![0]!._ref)
    await follow(page, paths.tag(tag), 'main')
    expect(await h1(page)).toContain(tag.title)
    await expect(
      page.locator(`main a[href="${paths.talk(talk)}"]`).count(),
      'the tag page lists the talk',
    ).resolves.toBeGreaterThan(0)
    await page.goBack()
    expect(pathOf(page)).toBe(paths.talk(talk))

    await follow(page, paths.format(talk.format), 'main')
    // The label ("Conférence") is contained in the plural heading ("Conférences"): either title reads right.
    expect(await h1(page)).toContain(talkFormat(talk.format).label)
    await expect(
      page.locator(`main a[href="${paths.talk(talk)}"]`).count(),
      'the format page lists the talk',
    ).resolves.toBeGreaterThan(0)

    for (const step of history.reverse()) {
      await page.goBack()
      expect(page.url()).toBe(step.url)
      expect(await page.title()).toBe(step.title)
    }
  })

  test('groups the Sommaire by format, in the order formats are defined', async ({ page, siteUrl, data }) => {
    for (const session of data.sessions) {
      await visit(page, siteUrl, paths.session(session))
      const sommaire = page.getByRole('navigation', { name: 'Sommaire' })
      const titles = await sommaire.locator('a[href^="#"]').allInnerTexts()
      // Longest title first, so that a title contained in another one is not mistaken for it.
      const talks = data.talksOf(session).sort((a, b) => b.title.length - a.title.length)
      const listed = titles.map((text) => {
        const talk = talks.find((candidate) => text.includes(candidate.title))
        if (!talk)
          throw new Error(
            `The Sommaire of ${session.slug.current} has a link "${text}" that names no talk of the session.`,
          )
        return talk
      })
      expect(new Set(listed).size, 'each talk of the session appears once in the Sommaire').toBe(talks.length)
      const formats = listed.map((talk) => talk.format)
      expect(formats).toEqual([...formats].sort((a, b) => talkFormatOrder(a) - talkFormatOrder(b)))
      const text = await sommaire.innerText()
      for (const value of TALK_FORMAT_VALUES.filter((format) => formats.includes(format))) {
        expect(text, `the Sommaire has no "${talkFormat(value).heading}" group`).toContain(talkFormat(value).heading)
      }
    }
  })

  test("links every talk to the previous and next talks of its session, in the session's order", async ({
    page,
    siteUrl,
    data,
  }) => {
    for (const session of data.sessions) {
      const talks = data.talksOf(session)
      for (const [index, talk] of talks.entries()) {
        await visit(page, siteUrl, paths.talk(talk))
        const nav = page.getByRole('navigation', { name: "Talks de l'édition" })
        const hrefs = await nav.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
        const neighbours = [talks[index - 1], talks[index + 1]].filter((neighbour) => neighbour !== undefined)
        expect(hrefs, `previous/next links of ${talk.slug.current}`).toEqual(neighbours.map(paths.talk))
      }
    }
  })

  test("takes the reader to the neighbour talk and back when following 'next' then 'previous'", async ({
    page,
    siteUrl,
    data,
  }) => {
    const [session] = data.sessions
    const talks = data.talksOf(session!)
    const [first, second] = talks
    await visit(page, siteUrl, paths.talk(first!))
    const nav = `nav[aria-label="Talks de l'édition"]`
    await follow(page, paths.talk(second!), nav)
    expect(await h1(page)).toBe(second!.title)
    await follow(page, paths.talk(first!), nav)
    expect(await h1(page)).toBe(first!.title)
  })
})

describe('keyboard', () => {
  test('reaches the skip link first from the top of a page, and Enter moves focus into the main content', async ({
    page,
    siteUrl,
    data,
  }) => {
    const talk = data.talksOf(data.sessions[0]!)[0]!
    await visit(page, siteUrl, paths.talk(talk))
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null
      const box = element?.getBoundingClientRect()
      return {
        tag: element?.tagName.toLowerCase(),
        href: element?.getAttribute('href') ?? null,
        text: element?.innerText.trim() ?? '',
        visible: !!box && box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < window.innerHeight,
      }
    })
    expect(focused.tag, 'the first Tab should focus a link').toBe('a')
    expect(focused.href, 'the first focusable element should be a skip link to an anchor').toMatch(/^#./)
    expect(focused.visible, `the skip link "${focused.text}" stays invisible when focused`).toBe(true)
    const targetId = decodeURIComponent(focused.href!.slice(1))
    await expect(
      page.evaluate((id) => !!document.getElementById(id)?.closest('main'), targetId),
      'the skip link should point to main or inside it',
    ).resolves.toBe(true)

    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.hash === focused.href)
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('main')), {
        message: 'focus did not move into <main>',
      })
      .toBe(true)
  })
})
