import { describe, expect } from 'vitest'
import { axeViolations } from './harness/axe.ts'
import { visit } from './harness/browser.ts'
import { paths, type Dataset } from './harness/dataset.ts'
import { test } from './harness/site-test.ts'

/** One page of each type, chosen from the dataset: the latest session, its first talk with that talk's speaker and format, a tag. */
const PAGE_TYPES: ReadonlyArray<readonly [string, (data: Dataset) => string]> = [
  ['home page', () => paths.home],
  ['session page', (data) => paths.session(data.sessions[0]!)],
  ['talk page', (data) => paths.talk(firstTalk(data))],
  ['speaker page', (data) => paths.speaker(data.speaker(firstTalk(data).speakers[0]!._ref))],
  ['speakers index', () => paths.speakers],
  ['tag page', (data) => paths.tag(data.tag(data.talks.find((talk) => talk.tags?.length)!.tags![0]!._ref))],
  ['tags index', () => paths.tags],
  ['format page', (data) => paths.format(firstTalk(data).format)],
  ['formats index', () => paths.formats],
  ['404 page', () => paths.notFound],
]

function firstTalk(data: Dataset) {
  return data.talksOf(data.sessions[0]!)[0]!
}

// One tab (`tab`) for the colour schemes: opening a tab costs about as much as checking a short page.
describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
  test.for(PAGE_TYPES)('the %s has no axe violation', async ([_name, pathOf], { tab: page, siteUrl, data }) => {
    await page.emulateMedia({ colorScheme })
    await visit(page, siteUrl, pathOf(data))
    const violations = await axeViolations(page)
    expect(violations, `axe found on ${pathOf(data)} (${colorScheme}):\n${violations.join('\n')}`).toEqual([])
  })
})

test('names each tag link as a tag, so that a short tag such as « Go » says where it leads', async ({
  tab: page,
  siteUrl,
  data,
}) => {
  const talk = data.talks.find((candidate) => (candidate.tags?.length ?? 0) > 0)!
  const tag = data.tag(talk.tags![0]!._ref)
  await visit(page, siteUrl, paths.talk(talk))
  const named = page.getByRole('link', { name: `Sujet : ${tag.title}`, exact: true })
  expect(await named.count(), `links named « Sujet : ${tag.title} » on ${paths.talk(talk)}`).toBeGreaterThan(0)
  // Seen: the tag alone, the words before it take no room.
  const prefix = await named
    .first()
    .locator('.visually-hidden')
    .evaluate((element) => element.getBoundingClientRect().width)
  expect(prefix).toBeLessThanOrEqual(1)
})

describe('on a 320 px wide screen', () => {
  test('the talk page has no axe violation and no horizontal scroll', async ({ siteUrl, data, browser }) => {
    const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } })
    try {
      // The talk with the longest recap has the most chances to hold a long word, a code block or an image.
      const talk = [...data.talks].sort((a, b) => JSON.stringify(b.body).length - JSON.stringify(a.body).length)[0]!
      await visit(narrow, siteUrl, paths.talk(talk))
      const violations = await axeViolations(narrow)
      expect(violations, `axe found on ${paths.talk(talk)} at 320 px:\n${violations.join('\n')}`).toEqual([])
      const overflow = await narrow.evaluate(() => {
        const width = document.scrollingElement!.scrollWidth
        const widest = [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > 320.5)
          .slice(0, 5)
          .map(
            (element) =>
              `<${element.tagName.toLowerCase()}${element.className ? ` class="${String(element.className)}"` : ''}>`,
          )
        return { width, widest }
      })
      expect(
        overflow.width,
        `the page is ${overflow.width} px wide; overflowing: ${overflow.widest.join(', ')}`,
      ).toBeLessThanOrEqual(320)
    } finally {
      await narrow.close()
    }
  })
})
