import { describe, expect } from 'vitest'
import { openRecordedPage, type RecordedPage } from './harness/browser.ts'
import { builtSite, htmlRoutes } from './harness/site.ts'
import { test } from './harness/site-test.ts'

// Listed when the file is collected, so that each page is its own test; a missing build fails here.
const routes = await htmlRoutes(builtSite())

// One tab visits every page in turn: opening a tab costs more than loading one of these pages.
let tab: RecordedPage
test.beforeAll(async ({ browser }) => {
  tab = await openRecordedPage(browser)
})

describe('every page of the built site', () => {
  test.for(routes)('%s loads without console error, script error or failed request', async (route, { siteUrl }) => {
    // Leave the previous page first, so that nothing it does late is blamed on this one.
    await tab.page.goto('about:blank')
    tab.clear()
    const response = await tab.page.goto(new URL(route, siteUrl).href, { waitUntil: 'load' })
    expect(response?.status(), `${route} did not answer 200`).toBe(200)
    expect(tab.allProblems(), `problems while loading ${route}`).toEqual([])
  })
})
