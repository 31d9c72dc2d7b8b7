import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  budgetProblems,
  formatWeight,
  heaviestTalkRoute,
  HTML_CSS_GZIP_BUDGET,
  JS_ON_LOAD_BUDGET,
  measurePage,
} from '../scripts/budgets.ts'
import { launchBrowser } from './harness/browser.ts'
import { builtSite } from './harness/site.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the heaviest talk page', () => {
  test(`fits its HTML and CSS in ${HTML_CSS_GZIP_BUDGET} gzipped bytes and loads ${JS_ON_LOAD_BUDGET} bytes of JavaScript`, async () => {
    const dist = builtSite()
    const weight = await measurePage(dist, await heaviestTalkRoute(dist), browser)
    expect(budgetProblems(weight), formatWeight(weight)).toEqual([])
  })
})
