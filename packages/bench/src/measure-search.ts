import { launchChromium } from '@weshare/testing'
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'
import { serveStatic } from '@weshare/testing'
import { SEARCH_ROUTE } from '@weshare/schema/routes'

/**
 * The site's search page, as agreed with the search UI: its route and query parameter come from the
 * site's route map; this is the one place to change when the search box or result markup moves.
 */
export const SEARCH_UI = {
  path: SEARCH_ROUTE.path,
  queryParameter: SEARCH_ROUTE.queryParameter,
  inputSelector: 'input[type="search"]',
  resultSelector: '[data-search-result]',
} as const

/** Where Pagefind's files are served; bytes under it are the search's cost. */
const PAGEFIND_PATH = SEARCH_ROUTE.pagefindFolder
/** Where the typo tolerance's vocabulary is served: part of the search's cost too. */
const VOCABULARY_PATH = '/search/vocabulary/'
/** The order of « Plus récents » (the site's src/lib/search-order.ts), loaded for newest first only. */
const RECENT_ORDER_PATH = '/search/recent.txt'
const isSearchFile = (pathname: string) =>
  pathname.startsWith(PAGEFIND_PATH) || pathname.startsWith(VOCABULARY_PATH) || pathname === RECENT_ORDER_PATH
const PAGEFIND_SCRIPT = `${PAGEFIND_PATH}pagefind.js`

export interface SearchQuery {
  term: string
  /** Why this term: "common" hits thousands of talks, "rare" a few, "typo" is a common word mistyped. */
  kind: 'common' | 'rare' | 'typo'
  /** For a typo: the word the search is expected to search instead. */
  corrects?: string
}

export interface SearchMeasure extends SearchQuery {
  /**
   * Milliseconds from the query to results on screen: from typing the words into the loaded search
   * page until the first new result is in the page (the page searches as the reader types).
   */
  timeToResultsMs: number
  /**
   * The same with Pagefind's loading included: arriving on `/recherche/?q=<term>`, from navigation
   * start to the first result.
   */
  timeWithLoadMs: number
  /** Pages Pagefind finds for the term. */
  matches: number
  /** Time to results of each run, in the order measured; `timeToResultsMs` is their median. */
  runsMs: number[]
  /** Result elements shown. */
  shown: number
  /**
   * Bytes received for Pagefind's files (script, worker, wasm, metadata, filters, index chunks,
   * fragments), the typo tolerance's vocabulary and the order of « Plus récents », as sent.
   */
  searchBytes: number
  /**
   * The part of `searchBytes` requested before the results were shown: what the reader waited for.
   * The rest comes after (the facet counts' filter data).
   */
  resultsSearchBytes: number
  /**
   * Pagefind bytes requested, arriving on `/recherche/?q=<term>`, before its results showed: a first
   * search from a cold start, nothing loaded for a previous view of the page.
   */
  arrivalSearchBytes: number
  /** Bytes received after the query was made, whatever the file. */
  queryBytes: number
  /** Every byte received, the page itself included. */
  totalBytes: number
  requests: number
  /** `totalBytes` by kind of file (Pagefind's filters, index chunks, fragments, wasm…; "page" for the rest). */
  bytesByKind: Record<string, number>
}

/** What a requested file is, for the breakdown of the bytes. */
function kindOf(pathname: string): string {
  if (pathname.startsWith(VOCABULARY_PATH)) return 'vocabulary'
  if (pathname === RECENT_ORDER_PATH) return 'recent order'
  if (!pathname.startsWith(PAGEFIND_PATH)) return 'page'
  if (pathname.startsWith(`${PAGEFIND_PATH}filter/`)) return 'filters'
  if (pathname.startsWith(`${PAGEFIND_PATH}index/`)) return 'index chunks'
  if (pathname.startsWith(`${PAGEFIND_PATH}fragment/`)) return 'fragments'
  if (pathname.includes('wasm')) return 'wasm'
  if (pathname.endsWith('.pf_meta') || pathname.endsWith('.json')) return 'metadata'
  return 'scripts'
}

function launch(): Promise<Browser> {
  return launchChromium('the search measures need it (or run the benchmark with --skip-search)')
}

interface Transfer {
  url: string
  afterQuery: boolean
  /** When the request was made, in ms since the epoch. */
  startedAt: number
  bytes: Promise<number>
}

/**
 * Bytes of every request of a browser context, headers included, bodies as sent (gzipped or not).
 * Playwright's events rather than a page's CDP session: Pagefind fetches its wasm, index and
 * fragments from a Web Worker, whose requests a page-level `Network` domain never sees.
 */
class TransferCounter {
  private readonly transfers: Transfer[] = []
  private afterQuery = false

  constructor(context: BrowserContext) {
    const sizes = new Map<Request, (bytes: number) => void>()
    context.on('request', (request) => {
      this.transfers.push({
        url: request.url(),
        afterQuery: this.afterQuery,
        startedAt: Date.now(),
        bytes: new Promise((done) => sizes.set(request, done)),
      })
    })
    context.on('requestfinished', (request) => {
      void (async () => {
        const { responseBodySize, responseHeadersSize } = await request.sizes()
        // A worker's own script reports a body of 0: fall back on its Content-Length.
        const length = Number((await request.response())?.headers()['content-length'] ?? 0)
        sizes.get(request)?.((responseBodySize || length) + Math.max(responseHeadersSize, 0))
      })().catch(() => sizes.get(request)?.(0))
    })
    context.on('requestfailed', (request) => sizes.get(request)?.(0))
  }

  /** Requests from now on count as the query's. */
  markQuery(): void {
    this.afterQuery = true
  }

  /**
   * Sums the requests made so far, waiting up to `timeoutMs` for those still running. Pagefind
   * requests made after `shownAt` (ms since the epoch) are left out of `resultsSearchBytes`.
   */
  async totals(
    shownAt = Number.POSITIVE_INFINITY,
    timeoutMs = 5000,
  ): Promise<
    Pick<SearchMeasure, 'searchBytes' | 'resultsSearchBytes' | 'queryBytes' | 'totalBytes' | 'requests' | 'bytesByKind'>
  > {
    const timeout = new Promise<number>((done) => setTimeout(() => done(0), timeoutMs).unref())
    const sized = await Promise.all(
      this.transfers.map(async (transfer) => ({ ...transfer, size: await Promise.race([transfer.bytes, timeout]) })),
    )
    const sum = (list: typeof sized) => list.reduce((total, transfer) => total + transfer.size, 0)
    const bytesByKind: Record<string, number> = {}
    for (const transfer of sized) {
      const kind = kindOf(new URL(transfer.url).pathname)
      bytesByKind[kind] = (bytesByKind[kind] ?? 0) + transfer.size
    }
    const pagefind = sized.filter((transfer) => isSearchFile(new URL(transfer.url).pathname))
    return {
      bytesByKind,
      searchBytes: sum(pagefind),
      resultsSearchBytes: sum(pagefind.filter((transfer) => transfer.startedAt <= shownAt)),
      queryBytes: sum(sized.filter((transfer) => transfer.afterQuery)),
      totalBytes: sum(sized),
      requests: sized.length,
    }
  }
}

/** Number of pages Pagefind finds for `term`, asked through its API once the measure is over. */
async function matchesFor(page: Page, term: string): Promise<number> {
  return page.evaluate(
    async ({ script, term }) => {
      const pagefind = (await import(script)) as { search: (term: string) => Promise<{ results: unknown[] }> }
      return (await pagefind.search(term)).results.length
    },
    { script: PAGEFIND_SCRIPT, term },
  )
}

/**
 * Runs in the page before its scripts: once armed, notes on the page's clock (0 = navigation start)
 * the first input event and the moment results of the query are shown: a result element, not marked
 * as already there, holding a highlighted term. When the words are typed (`afterInput`), only results
 * that follow the first input count: a list the page re-renders before the query is not its answer.
 */
function watchResults({
  selector,
  armed,
  afterInput,
}: {
  selector: string
  armed: boolean
  afterInput: boolean
}): void {
  const state = globalThis as unknown as { __benchArmed?: boolean; __benchQueryAt?: number; __benchResultAt?: number }
  state.__benchArmed = armed
  document.addEventListener('input', () => state.__benchArmed && (state.__benchQueryAt ??= performance.now()), true)
  const observer = new MutationObserver(() => {
    if (
      state.__benchArmed &&
      state.__benchResultAt === undefined &&
      (!afterInput || state.__benchQueryAt !== undefined) &&
      document.querySelector(`${selector}:not([data-bench-before]) mark`)
    ) {
      state.__benchResultAt = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true })
}

async function waitForResult(page: Page, url: string): Promise<{ queryAt: number | undefined; resultAt: number }> {
  try {
    await page.waitForFunction(
      () => (globalThis as unknown as { __benchResultAt?: number }).__benchResultAt !== undefined,
      null,
      {
        timeout: 30_000,
        polling: 10,
      },
    )
  } catch (cause) {
    throw new Error(
      `The search page ${url} showed no result matching ${SEARCH_UI.resultSelector} within 30 s. ` +
        'If the search UI moved, update SEARCH_UI in packages/bench/src/measure-search.ts.',
      { cause },
    )
  }
  return page.evaluate(() => {
    const state = globalThis as unknown as { __benchQueryAt?: number; __benchResultAt: number }
    return { queryAt: state.__benchQueryAt, resultAt: state.__benchResultAt }
  })
}

async function measureWithUi(
  browser: Browser,
  baseUrl: string,
  query: SearchQuery,
): Promise<Omit<SearchMeasure, 'runsMs'>> {
  const url = new URL(SEARCH_UI.path, baseUrl)

  // Arriving with the query in the URL: Pagefind's loading included.
  const arrival = await browser.newContext()
  let timeWithLoadMs: number
  let arrivalSearchBytes: number
  try {
    const arrivalCounter = new TransferCounter(arrival)
    const page = await arrival.newPage()
    await page.addInitScript(watchResults, { selector: SEARCH_UI.resultSelector, armed: true, afterInput: false })
    const withQuery = new URL(url)
    withQuery.searchParams.set(SEARCH_UI.queryParameter, query.term)
    await page.goto(withQuery.href, { waitUntil: 'commit' })
    timeWithLoadMs = (await waitForResult(page, withQuery.pathname + withQuery.search)).resultAt
    const shownAt = (await page.evaluate(() => performance.timeOrigin)) + timeWithLoadMs
    arrivalSearchBytes = (await arrivalCounter.totals(shownAt)).resultsSearchBytes
  } finally {
    await arrival.close()
  }

  // Typing the query into the loaded page, as a reader does.
  const context = await browser.newContext()
  try {
    const counter = new TransferCounter(context)
    const page = await context.newPage()
    await page.addInitScript(watchResults, { selector: SEARCH_UI.resultSelector, armed: false, afterInput: true })
    await page.goto(url.href, { waitUntil: 'networkidle' })
    // Results the page lists before any query (the latest talks) do not count as the query's.
    await page.evaluate((selector) => {
      for (const element of document.querySelectorAll(selector)) element.setAttribute('data-bench-before', '')
      ;(globalThis as unknown as { __benchArmed: boolean }).__benchArmed = true
    }, SEARCH_UI.resultSelector)
    counter.markQuery()
    await page.fill(SEARCH_UI.inputSelector, query.term, { timeout: 10_000 })
    const { queryAt, resultAt } = await waitForResult(page, url.pathname)
    if (queryAt === undefined)
      throw new Error(
        `Typing into ${SEARCH_UI.inputSelector} on ${url.pathname} fired no input event: update SEARCH_UI.inputSelector.`,
      )
    const shown = await page.locator(SEARCH_UI.resultSelector).count()
    const timeOrigin = await page.evaluate(() => performance.timeOrigin)
    const totals = await counter.totals(timeOrigin + resultAt)
    return {
      ...query,
      timeToResultsMs: resultAt - queryAt,
      timeWithLoadMs,
      arrivalSearchBytes,
      matches: await matchesFor(page, query.term),
      shown,
      ...totals,
    }
  } finally {
    await context.close()
  }
}

/** Each query is measured this many times, each in fresh contexts; the run with the median time is reported. */
const SEARCH_RUNS = 3

export interface SearchFigures {
  /** Runs per query (SEARCH_RUNS). */
  runs: number
  measures: SearchMeasure[]
}

/**
 * Serves the built site on 127.0.0.1 and measures a first query for each term in Chromium, each in
 * fresh browser contexts so that nothing is cached from a previous query.
 */
export async function measureSearch(siteDir: string, queries: readonly SearchQuery[]): Promise<SearchFigures> {
  // Gzipped and revalidated as a production host serves them: a file fetched twice by the page
  // (Pagefind's second instance, for the facet counts) costs a 304 the second time.
  const server = await serveStatic(siteDir, { gzip: true, revalidate: true })
  let browser: Browser | undefined
  try {
    browser = await launch()
    // A throwaway visit, so that the first measure does not pay for the browser's own start-up.
    const warmUp = await browser.newContext()
    await (await warmUp.newPage()).goto(`${server.url}/`, { waitUntil: 'load' })
    await warmUp.close()
    const measures: SearchMeasure[] = []
    for (const query of queries) {
      const runs: Array<Omit<SearchMeasure, 'runsMs'>> = []
      for (let run = 0; run < SEARCH_RUNS; run += 1) runs.push(await measureWithUi(browser, server.url, query))
      const median = runs.toSorted((a, b) => a.timeToResultsMs - b.timeToResultsMs)[Math.floor(SEARCH_RUNS / 2)]!
      measures.push({ ...median, runsMs: runs.map((run) => run.timeToResultsMs) })
    }
    return { runs: SEARCH_RUNS, measures }
  } finally {
    await browser?.close()
    await server.close()
  }
}
