import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { launchChromium } from '@weshare/testing'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { studioDir } from '../drift/sanity-cli.ts'

/*
 * Boot smoke test of the built Studio (`sanity build` writes studio/dist before `npm test` runs
 * this). There is no network here, so the Studio ends on its "couldn't reach the Sanity servers"
 * screen; what must not happen is a JavaScript error of our own making (a broken schema, structure
 * or plugin fails before that screen).
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
})

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
