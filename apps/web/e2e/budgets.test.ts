import { describe, expect } from 'vitest'
import {
  budgetProblems,
  formatWeight,
  heaviestTalkRoute,
  HTML_CSS_GZIP_BUDGET,
  JS_ON_LOAD_BUDGET,
  measurePage,
} from '../scripts/budgets.ts'
import { builtSite } from './harness/site.ts'
import { test } from './harness/site-test.ts'

describe('the heaviest talk page', () => {
  test(`fits its HTML and CSS in ${HTML_CSS_GZIP_BUDGET} gzipped bytes and loads ${JS_ON_LOAD_BUDGET} bytes of JavaScript`, async ({
    browser,
  }) => {
    const dist = builtSite()
    const weight = await measurePage(dist, await heaviestTalkRoute(dist), browser)
    expect(budgetProblems(weight), formatWeight(weight)).toEqual([])
  })
})
