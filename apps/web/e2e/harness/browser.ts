import { launchChromium } from '@weshare/testing'
import type { Browser, BrowserContext, Page, Response } from 'playwright-core'

/** Starts Chromium for the browser tests (flags and missing-browser error in @weshare/testing). */
export function launchBrowser(): Promise<Browser> {
  return launchChromium()
}

/** Everything a page did wrong while it loaded, each entry one readable line. */
export interface PageProblems {
  consoleErrors: string[]
  pageErrors: string[]
  failedRequests: string[]
  errorResponses: string[]
}

export interface RecordedPage {
  page: Page
  problems: PageProblems
  /** Every problem on one line each, or an empty list. */
  allProblems: () => string[]
  /** Forgets what was recorded, to reuse the page for the next URL. */
  clear: () => void
}

/** Opens a page that records console errors, uncaught exceptions, failed requests and 4xx/5xx responses. */
export async function openRecordedPage(context: Browser | BrowserContext): Promise<RecordedPage> {
  const page = await context.newPage()
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], errorResponses: [] }
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const { url, lineNumber } = message.location()
    problems.consoleErrors.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`)
  })
  page.on('pageerror', (error) => problems.pageErrors.push(`uncaught ${error.name}: ${error.message}`))
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(
      `request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`,
    )
  })
  page.on('response', (response: Response) => {
    if (response.status() >= 400) {
      problems.errorResponses.push(
        `HTTP ${response.status()} for ${response.request().resourceType()} ${response.url()}`,
      )
    }
  })
  return {
    page,
    problems,
    allProblems: () => [
      ...problems.pageErrors,
      ...problems.consoleErrors,
      ...problems.failedRequests,
      ...problems.errorResponses,
    ],
    clear: () => {
      for (const list of Object.values(problems)) list.length = 0
    },
  }
}

/** Loads `path` of the site and fails with the status when the server did not answer 200. */
export async function visit(page: Page, baseUrl: string, path: string): Promise<Response> {
  const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' })
  if (!response) throw new Error(`No response for ${path}.`)
  if (response.status() !== 200) {
    throw new Error(`${path} answered HTTP ${response.status()} instead of 200: the page is missing from the build.`)
  }
  return response
}
