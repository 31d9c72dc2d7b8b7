/*
 * Page weight budgets of a talk page, the page most readers land on from a search engine or a feed.
 *
 *   node scripts/budgets.ts [route]     (from apps/web, after `astro build`; route defaults to the
 *                                        talk page with the largest HTML)
 *
 * Prints what the page weighs and exits with 1 past a budget. e2e/budgets.test.ts asserts the same
 * figures with the same functions.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../e2e/harness/browser.ts'
import { startTags } from '../e2e/harness/html.ts'
import { builtSite, filesOf, routeOf } from '../e2e/harness/site.ts'
import { serveStatic } from '@weshare/testing'

/**
 * HTML and CSS, gzipped, must fit the first round trip of a new connection: TCP's initial window of
 * 10 segments is about 14 KB (https://www.rfc-editor.org/rfc/rfc6928), so the page renders without
 * waiting for a second one.
 */
export const HTML_CSS_GZIP_BUDGET = 14 * 1024

/** Reading a recap needs no JavaScript; only opening search may load some. */
export const JS_ON_LOAD_BUDGET = 0

export interface SizeRow {
  /** File path in the build, or a description for inline content. */
  file: string
  bytes: number
  gzip: number
}

export interface HtmlCssWeight {
  route: string
  /** The HTML page, then each stylesheet it links. */
  files: SizeRow[]
  /** Inline `<style>` elements, already counted in the HTML row; shown to explain it. */
  inlineStyles: SizeRow | undefined
  totalGzip: number
}

export interface ScriptRequest {
  url: string
  bytes: number
}

export interface PageWeight extends HtmlCssWeight {
  scripts: ScriptRequest[]
  scriptBytes: number
  /** Bytes of inline `<script>` code (not JSON data), which the network measure does not see. */
  inlineScriptBytes: number
}

const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length

function sizeRow(file: string, content: string | Buffer): SizeRow {
  return { file, bytes: Buffer.byteLength(content), gzip: gzipSize(content) }
}

function htmlFile(dist: string, route: string): string {
  return join(dist, route.endsWith('/') ? `${route}index.html` : route)
}

async function readBuilt(file: string, linkedFrom: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (cause) {
    throw new Error(`${linkedFrom} needs ${file}, which cannot be read. Rebuild the site with \`npm run build\`.`, {
      cause,
    })
  }
}

/** The talk page with the most HTML: if it fits the budget, the others do too. */
export async function heaviestTalkRoute(dist: string): Promise<string> {
  const talkPages = (await filesOf(join(dist, 'talks')).catch(() => [])).filter((file) => file.endsWith('index.html'))
  if (talkPages.length === 0) {
    throw new Error(
      `No talk page in ${dist}/talks/: build the site with \`npm run build\` (talk pages are /talks/<slug>/).`,
    )
  }
  const sizes = await Promise.all(talkPages.map(async (file) => ({ file, size: (await readFile(file)).length })))
  sizes.sort((a, b) => b.size - a.size || a.file.localeCompare(b.file))
  return routeOf(dist, sizes[0]!.file)
}

/** Gzipped weight of a page's HTML and of every stylesheet it links, as read from the build. */
export async function htmlCssWeight(dist: string, route: string): Promise<HtmlCssWeight> {
  const html = await readBuilt(htmlFile(dist, route), `The page ${route}`)
  const files = [sizeRow(htmlFile(dist, route).slice(dist.length + 1), html)]
  for (const { name, attributes } of startTags(html)) {
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/)
    const href = attributes.get('href')
    if (name !== 'link' || !rel.includes('stylesheet') || !href) continue
    const url = new URL(href, `http://site${route}`)
    if (url.host !== 'site')
      throw new Error(`${route} links the stylesheet ${href} from another site: serve it from the build instead.`)
    const path = decodeURIComponent(url.pathname).slice(1)
    files.push(sizeRow(path, await readBuilt(join(dist, path), `The stylesheet link of ${route}`)))
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1] ?? '')
  return {
    route,
    files,
    inlineStyles:
      styles.length > 0 ? sizeRow(`inline <style> ×${styles.length} (in the HTML)`, styles.join('')) : undefined,
    totalGzip: files.reduce((sum, row) => sum + row.gzip, 0),
  }
}

/** Every script response while the page loads, until the network has been idle for 500 ms. */
export async function scriptsOnLoad(browser: Browser, baseUrl: string, route: string): Promise<ScriptRequest[]> {
  const page = await browser.newPage()
  const pending: Array<Promise<ScriptRequest>> = []
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? ''
    if (response.request().resourceType() !== 'script' && !/javascript|wasm/.test(type)) return
    pending.push(
      response
        .body()
        .then((body) => body.length)
        .catch(() => Number(response.headers()['content-length'] ?? 0))
        .then((bytes) => ({ url: new URL(response.url()).pathname, bytes })),
    )
  })
  try {
    const response = await page.goto(new URL(route, baseUrl).href, { waitUntil: 'networkidle' })
    if (response?.status() !== 200)
      throw new Error(`${route} answered HTTP ${response?.status() ?? '(none)'} instead of 200.`)
    return await Promise.all(pending)
  } finally {
    await page.close()
  }
}

function inlineScriptBytes(html: string): number {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attributes]) =>
        !/\bsrc\s*=/i.test(attributes ?? '') &&
        !/type\s*=\s*["']?(application\/(ld\+)?json|importmap)/i.test(attributes ?? ''),
    )
    .reduce((sum, [, , code]) => sum + Buffer.byteLength((code ?? '').trim()), 0)
}

/** Measures one page of a build: HTML and CSS from the files, scripts in Chromium. */
export async function measurePage(dist: string, route: string, browser: Browser): Promise<PageWeight> {
  const server = await serveStatic(dist)
  try {
    const weight = await htmlCssWeight(dist, route)
    const scripts = await scriptsOnLoad(browser, server.url, route)
    return {
      ...weight,
      scripts,
      scriptBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
      inlineScriptBytes: inlineScriptBytes(await readFile(htmlFile(dist, route), 'utf8')),
    }
  } finally {
    await server.close()
  }
}

/** What is over budget, one sentence each; empty when the page fits. */
export function budgetProblems(weight: PageWeight): string[] {
  const problems: string[] = []
  if (weight.totalGzip > HTML_CSS_GZIP_BUDGET) {
    problems.push(
      `${weight.route}: HTML + CSS weigh ${weight.totalGzip} bytes gzipped, over the budget of ${HTML_CSS_GZIP_BUDGET} ` +
        `by ${weight.totalGzip - HTML_CSS_GZIP_BUDGET}. Trim the CSS or the markup, or inline less.`,
    )
  }
  if (weight.scriptBytes > JS_ON_LOAD_BUDGET) {
    problems.push(
      `${weight.route}: loads ${weight.scriptBytes} bytes of JavaScript (${weight.scripts.map((script) => script.url).join(', ')}), ` +
        `budget ${JS_ON_LOAD_BUDGET}. Load scripts only when the reader opens search.`,
    )
  }
  return problems
}

/** The report as a table a reader can scan. */
export function formatWeight(weight: PageWeight): string {
  const rows: Array<[string, string, string]> = [
    ['file', 'bytes', 'gzip'],
    ...weight.files.map((row): [string, string, string] => [row.file, String(row.bytes), String(row.gzip)]),
  ]
  if (weight.inlineStyles)
    rows.push([`  ${weight.inlineStyles.file}`, String(weight.inlineStyles.bytes), String(weight.inlineStyles.gzip)])
  rows.push([`HTML + CSS (budget ${HTML_CSS_GZIP_BUDGET})`, '', String(weight.totalGzip)])
  for (const script of weight.scripts) rows.push([script.url, String(script.bytes), ''])
  rows.push([`JavaScript requested on load (budget ${JS_ON_LOAD_BUDGET})`, String(weight.scriptBytes), ''])
  rows.push(['inline <script> code (not budgeted)', String(weight.inlineScriptBytes), ''])
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)))
  const line = (row: [string, string, string]) =>
    `${row[0].padEnd(widths[0]!)}  ${row[1].padStart(widths[1]!)}  ${row[2].padStart(widths[2]!)}`
  return [`Weight of ${weight.route}`, ...rows.map(line)].join('\n')
}

async function main(): Promise<void> {
  const dist = builtSite()
  const route = process.argv[2] ?? (await heaviestTalkRoute(dist))
  const browser = await launchBrowser()
  try {
    const weight = await measurePage(dist, route, browser)
    console.log(formatWeight(weight))
    const problems = budgetProblems(weight)
    if (problems.length > 0) {
      console.error(`\nOver budget:\n${problems.join('\n')}`)
      process.exitCode = 1
    } else {
      console.log('\nWithin budget.')
    }
  } finally {
    await browser.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}
