import { afterAll, beforeAll } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser } from './browser.ts'
import { builtSite } from './site.ts'
import { serveStatic, type StaticServer } from '@weshare/testing'

export interface SiteUnderTest {
  /** Origin of the local server. */
  url: string
  browser: Browser
}

/**
 * One static server and one Chromium for a whole test file, closed after its last test.
 * `dir` defaults to the sample build; a file that builds its own site passes a function returning it.
 */
export function useSite(dir: () => string | Promise<string> = builtSite): SiteUnderTest {
  const site = {} as SiteUnderTest
  let server: StaticServer | undefined
  beforeAll(async () => {
    server = await serveStatic(await dir())
    site.url = server.url
    site.browser = await launchBrowser()
  })
  afterAll(async () => {
    await site.browser?.close()
    await server?.close()
  })
  return site
}
