import { TALK_CHOICE_FIELDS, TALK_FORMATS } from '@weshare/schema'
import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { paths } from '../harness/dataset.ts'
import { test } from '../harness/site-test.ts'
import { announced, resultPaths, searchFor } from './search-page.ts'

/* The facet panel of /recherche/: counts computed from the sample dataset, never copied from it. */

/** The count the panel shows beside a value, or undefined when the value is not offered. */
async function shownCount(page: Page, facet: string, value: string): Promise<number | undefined> {
  const option = page.locator(`[data-search-facets] input[name="${facet}"][value="${value}"]`)
  if ((await option.count()) === 0) return undefined
  const text = await option.locator('xpath=ancestor::label').locator('.count').innerText()
  return Number(/\((\d+)\)/.exec(text)?.[1])
}

const countBy = (values: string[]) =>
  values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<string, number>())

describe('the facet panel without a query', () => {
  test('counts the talks of each format (and other choice), tag, speaker and session of the sample', async ({
    tab: page,
    siteUrl,
    data,
  }) => {
    await searchFor(page, siteUrl, '')
    const expected: Record<string, Map<string, number>> = {
      // Every field picked from a list (format…), from its one definition.
      ...Object.fromEntries(
        TALK_CHOICE_FIELDS.map((field) => [field.name, countBy(data.talks.flatMap((talk) => talk[field.name] ?? []))]),
      ),
      tag: countBy(data.talks.flatMap((talk) => (talk.tags ?? []).map((ref) => data.tag(ref._ref).slug.current))),
      speaker: countBy(data.talks.flatMap((talk) => talk.speakers.map((ref) => data.speaker(ref._ref).slug.current))),
      session: countBy(data.talks.map((talk) => data.sessionOf(talk).slug.current)),
    }
    // Spelled out once, for the reader of this test: the sample's 12 conferences.
    expect(expected.format?.get('conference')).toBe(12)
    for (const [facet, counts] of Object.entries(expected)) {
      for (const [value, count] of counts) {
        expect(await shownCount(page, facet, value), `${facet} ${value}`).toBe(count)
      }
    }
  })

  test('labels formats from the one list of formats, in its order', async ({ tab: page, siteUrl }) => {
    await searchFor(page, siteUrl, '')
    const legend = page.locator('[data-search-facets] fieldset', { has: page.locator('legend', { hasText: 'Format' }) })
    const labels = await legend
      .locator('label')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent!.replace(/\(\d+\)/, '').trim()))
    // Every format is listed, those without talks hidden: a format the sample lacks is no exception.
    expect(labels).toEqual(TALK_FORMATS.map((format) => format.label))
  })

  test('lists every indexed page, talks and session recaps, newest first: sorting by date drops none', async ({
    tab: page,
    siteUrl,
    data,
  }) => {
    await searchFor(page, siteUrl, '')
    const count = data.talks.length + data.sessions.length
    expect(await announced(page)).toBe(`${count} résultats.`)
    const radio = page.locator('[data-search-order] input[value="recent"]')
    await expect(radio.isChecked()).resolves.toBe(true)
    const dates = await page
      .locator('[data-search-result] time')
      .evaluateAll((times) => times.map((time) => (time as HTMLTimeElement).dateTime))
    expect(dates.length).toBeGreaterThan(1)
    expect(dates).toEqual(dates.toSorted().reverse())
    const newest = data.sessions
      .flatMap((session) => session.dates)
      .toSorted()
      .at(-1)
    expect(dates[0]).toBe(newest)
  })

  test('browses one format, all of its talks, with more results a click away', async ({ tab: page, siteUrl, data }) => {
    const conferences = data.talks.filter((talk) => talk.format === 'conference')
    const first = await searchFor(page, siteUrl, '?format=conference')
    expect(await announced(page)).toBe(`${conferences.length} résultats avec 1 filtre.`)
    expect(first.length).toBeLessThan(conferences.length)
    await page.getByRole('button', { name: /^Afficher la suite \(\d+ résultats? restants?\)$/ }).click()
    await expect.poll(() => resultPaths(page).then((found) => found.length)).toBe(conferences.length)
    expect((await resultPaths(page)).toSorted()).toEqual(conferences.map(paths.talk).toSorted())
  })

  test('browses all Hands-on talks by clicking the format', async ({ tab: page, siteUrl, data }) => {
    await searchFor(page, siteUrl, '')
    const handsOn = data.talks.filter((talk) => talk.format === 'hands-on')
    await page.getByRole('checkbox', { name: /^Hands-on/ }).check()
    await announced(page, 'avec 1 filtre')
    expect((await resultPaths(page)).toSorted()).toEqual(handsOn.map(paths.talk).toSorted())
  })
})

describe('the facet panel with a query and a filter', () => {
  test('keeps offering the other values of a facet with their own counts, and narrows the other facets', async ({
    tab: page,
    siteUrl,
    data,
  }) => {
    const talkAt = (path: string) => data.talks.find((talk) => paths.talk(talk) === path)!
    const kubernetes = (await searchFor(page, siteUrl, '?q=kubernetes')).map(talkAt)
    const rex = kubernetes.filter((talk) => talk.format === 'rex')
    const conferenceTags = new Set(
      kubernetes
        .filter((talk) => talk.format === 'conference')
        .flatMap((talk) => (talk.tags ?? []).map((ref) => data.tag(ref._ref).slug.current)),
    )
    // A REX about Kubernetes is filed under Open source; no conference about Kubernetes is.
    expect(rex.length).toBeGreaterThan(0)
    expect(rex.some((talk) => talk.tags?.some((ref) => data.tag(ref._ref).slug.current === 'open-source'))).toBe(true)
    expect(conferenceTags.has('open-source')).toBe(false)

    await searchFor(page, siteUrl, '?q=kubernetes&format=conference')
    expect(await shownCount(page, 'format', 'rex')).toBe(rex.length)
    const openSource = page.locator('[data-search-facets] input[value="open-source"]').locator('xpath=ancestor::li')
    await expect(openSource.isHidden()).resolves.toBe(true)
  })
})
