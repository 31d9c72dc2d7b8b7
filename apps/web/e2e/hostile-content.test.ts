import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { visit } from './harness/browser.ts'
import { paths, readDataset } from './harness/dataset.ts'
import { HOSTILE_DATASET } from './harness/hostile-site.ts'
import { hostileTest as test } from './harness/site-test.ts'

/*
 * Editors type into the Studio; nothing they type may run in a reader's browser. The fixture puts
 * markup, quotes and script URLs in every text field and link a page shows (titles, names, bios,
 * intros, recaps, code blocks, asides, SEO descriptions), builds the site from it, and looks for
 * any sign that one of them ran or became markup.
 */
// Read when the file is collected, to name one test per page below.
const data = await readDataset(HOSTILE_DATASET)
const talk = () => data.talks.find((candidate) => /<script>/.test(candidate.title))!
const session = () => data.sessions[0]!
const speaker = () => data.speakers[0]!
const tag = () => data.tags[0]!

/** What each page must show as plain text, exactly as the editor typed it. */
const PAGES: ReadonlyArray<readonly [string, () => string, () => string[]]> = [
  ['home page', () => paths.home, () => [session().title]],
  ['session page', () => paths.session(session()), () => [session().title, talk().title]],
  ['talk page', () => paths.talk(talk()), () => [talk().title, speaker().name]],
  ['speaker page', () => paths.speaker(speaker()), () => [speaker().name, talk().title]],
  ['tag page', () => paths.tag(tag()), () => [tag().title, talk().title]],
]

interface Findings {
  pwned: unknown
  handlerAttributes: string[]
  scriptLinks: string[]
  injectedScripts: string[]
  brokenDataBlocks: string[]
  text: string
}

/** Looks through the live DOM for anything the payloads could have produced. */
function inspect(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')]
    const describe = (element: Element) => element.outerHTML.slice(0, 160)
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      // A payload's `on…` attribute on any element means it broke out of a text or an attribute value.
      handlerAttributes: all
        .filter((element) =>
          [...element.attributes].some(
            (attribute) => /^on/i.test(attribute.name) && /__pwned|alert/.test(attribute.value),
          ),
        )
        .map(describe),
      // Checked both as written and as the browser parses it: `java\tscript:` is `javascript:` to the URL parser.
      scriptLinks: [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')]
        .filter((link) => {
          const written = (link.getAttribute('href') ?? '').trim().toLowerCase()
          return (
            /^(javascript|data|vbscript):/.test(written) ||
            ['javascript:', 'data:', 'vbscript:'].includes(link.protocol)
          )
        })
        .map(describe),
      // Data blocks (JSON-LD) may hold the payloads as escaped JSON text; only code that runs counts.
      injectedScripts: [...document.scripts]
        .filter((script) => /^(|module|(text|application)\/(java|ecma)script)$/i.test(script.type.trim()))
        .filter((script) => /__pwned|alert\(/.test(script.text))
        .map(describe),
      // A payload that closed a JSON-LD block would leave it truncated, so each block must still parse.
      brokenDataBlocks: [...document.querySelectorAll('script[type="application/ld+json"]')]
        .filter((script) => {
          try {
            JSON.parse(script.textContent ?? '')
            return false
          } catch {
            return true
          }
        })
        .map(describe),
      text: document.body.innerText,
    }
  })
}

describe('content typed by an editor with markup, quotes and script URLs in it', () => {
  test.for(PAGES)(
    'is shown as text and never runs, on the %s',
    async ([_name, pathOf, expectedTexts], { page, siteUrl }) => {
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`)
        void dialog.dismiss()
      })
      await visit(page, siteUrl, pathOf())
      // `<img src=x onerror=…>` would fire only after its request fails.
      await page.waitForLoadState('networkidle')
      const { text: pageText, ...signs } = await inspect(page)
      // One assertion, so that a failure lists every kind of breach at once.
      expect({ dialogs, ...signs }, 'signs that editor content ran as code').toEqual({
        dialogs: [],
        pwned: undefined,
        handlerAttributes: [],
        scriptLinks: [],
        injectedScripts: [],
        brokenDataBlocks: [],
      })
      for (const text of expectedTexts()) {
        expect(pageText, `the page does not show ${JSON.stringify(text)} verbatim`).toContain(text)
      }
    },
  )

  test('keeps the safe https link of a recap as a real link and the words of the unsafe ones as text', async ({
    page,
    siteUrl,
  }) => {
    await visit(page, siteUrl, paths.talk(talk()))
    expect(await page.locator('h1').first().innerText()).toBe(talk().title)
    const good = page.locator('main a[href="https://example.org/"]', { hasText: 'lien-good' })
    await expect(good.count(), 'the https link of the recap is not a link').resolves.toBe(1)
    await expect(good.isVisible()).resolves.toBe(true)
    const text = await page.locator('main').innerText()
    for (const word of ['lien-js', 'lien-jsmixed', 'lien-jsspace', 'lien-jstab', 'lien-data']) {
      expect(text, `the text of the dropped link "${word}" is gone`).toContain(word)
    }
  })
})
