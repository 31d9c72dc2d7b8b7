import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { launchChromium } from '@weshare/testing'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { studioDir } from '../drift/sanity-cli.ts'

/*
 * Boot smoke test of the built Studio (`sanity build` writes studio/dist before `npm test` runs
 * this). There is no network here, so the Studio ends on its "couldn't reach the Sanity servers"
 * screen; what must not happen is a JavaScript error of our own making (a broken schema, structure
 * or plugin fails before that screen). Sanity 6.16 writes that screen in English whatever the
 * locale (its strings are not translatable), so the French interface is checked past it, with
 * every request to Sanity answered locally for a signed-in editor.
 */

const dist = join(studioDir, 'dist')
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

let server: Server
let browser: Browser
let origin: string

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(
      'studio/dist is missing: run `npm run build -w @weshare/studio` first (turbo does it before the tests).',
    )
  // A single-page app: unknown paths get index.html, as any Studio host does.
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    )
    const file = join(dist, path)
    const target = file.startsWith(dist) && existsSync(file) && extname(file) ? file : join(dist, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' })
    res.end(readFileSync(target))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchChromium('the Studio boot test needs it')
  // Chromium's start took over 10 s while other test suites loaded both cores.
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

/** Errors that only say the Sanity servers cannot be reached from this offline machine. */
const OFFLINE =
  /sanity\.io|ERR_(NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|CONNECTION_REFUSED|ADDRESS_UNREACHABLE|NETWORK_CHANGED)|Failed to fetch|NetworkError|Failed to load resource|Couldn.t reach/i

describe('the built Studio', () => {
  test('boots in Chromium with no JavaScript error except the offline network error', { timeout: 90_000 }, async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' && !OFFLINE.test(`${message.text()} ${message.location().url}`))
        errors.push(`console: ${message.text()}`)
    })
    await page.goto(origin, { waitUntil: 'load' })
    // Offline, a Studio whose bundle, config, schema and structure all load ends on this screen.
    await page.getByText("Couldn't reach the Sanity servers").waitFor({ timeout: 60_000 })
    const text = await page.locator('body').innerText()
    expect(errors).toEqual([])
    expect(text).not.toMatch(/schema error|Unknown type|TypeError|ReferenceError/i)
  })
})

/** Just enough of Sanity's API for the Studio to open its workspace: a signed-in editor, empty answers. */
async function answerSanityLocally(page: Page): Promise<void> {
  await page.route(/sanity\.io|sanity-cdn\.com/, async (route) => {
    const url = route.request().url()
    const headers = { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' }
    if (url.includes('bridge.js')) return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' })
    // Most of these endpoints answer lists; an empty list is "nothing to show" for each of them.
    let body: unknown = []
    if (url.includes('/users/me?'))
      body = {
        id: 'editor',
        name: 'Éditrice',
        email: 'editor@example.org',
        role: 'administrator',
        roles: [{ name: 'administrator', title: 'Administrator' }],
      }
    else if (url.includes('/data/query/')) body = { ms: 1, result: [] }
    return route.fulfill({ status: 200, headers, contentType: 'application/json', body: JSON.stringify(body) })
  })
}

describe('the built Studio for a signed-in editor', () => {
  test("speaks French: Sanity's interface, our structure and the tool names", { timeout: 90_000 }, async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
    await answerSanityLocally(page)
    await page.goto(origin, { waitUntil: 'load' })
    // "Brouillons" is @sanity/locale-fr-fr's name of the drafts perspective ("Drafts" in English).
    await page.getByText('Brouillons', { exact: true }).first().waitFor({ timeout: 60_000 })
    await page.getByText('Réglages du site').first().waitFor({ timeout: 30_000 })
    const text = await page.locator('body').innerText()
    for (const french of ['Contenu', 'Aperçu', 'Requêtes GROQ', 'Éditions', 'Talks par format', 'Réglages du site'])
      expect(text).toContain(french)
    expect(text).not.toMatch(/\bDrafts\b|\bStructure\b|\bPresentation\b/)
    expect(errors).toEqual([])
  })
})
