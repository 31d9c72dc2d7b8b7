import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SanityClientLike } from '@sanity/preview-url-secret'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { FormerPaths } from './former-paths.ts'
import { PREVIEW_COOKIE, PREVIEW_COOKIE_MAX_AGE_S, PreviewAccess, sitePath } from './preview-access.ts'
import { PREVIEW_ENABLE_PATH } from './preview-routes.ts'
import { createPreviewServer } from './preview-server.ts'
import type { PreviewBuilds } from './status.ts'

const sharedSecret = 'le-secret-partage-de-l-apercu'
const draftTitle = 'Kafka, version brouillon'
const page = `<!doctype html><html lang="fr"><body><p class="preview-banner">Aperçu</p><h1>${draftTitle}</h1></body></html>`
const status: PreviewBuilds = {
  state: 'idle',
  queued: false,
  completedBuilds: 2,
  last: null,
  publishedAt: '2026-12-01T22:00:00.000Z',
  publishedBuildMs: 5000,
  contentTime: '2026-12-01T21:59:55.000Z',
}

function previewSite(): string {
  const site = join(mkdtempSync(join(tmpdir(), 'weshare-')), 'preview')
  mkdirSync(join(site, 'talks', 'kafka-brouillon'), { recursive: true })
  writeFileSync(join(site, 'index.html'), page)
  writeFileSync(join(site, 'talks', 'kafka-brouillon', 'index.html'), page)
  writeFileSync(join(site, '_redirects'), '/talks/kafka-ancien/ /talks/kafka-brouillon/ 301\n')
  return site
}

async function previewServer(access: PreviewAccess): Promise<FastifyInstance> {
  const siteDir = previewSite()
  const formerPaths = new FormerPaths()
  await formerPaths.load(siteDir)
  return createPreviewServer({ siteDir, access, status: () => status, formerPaths, log: () => undefined })
}

const enableUrl = (secret: string, path?: string) => {
  const query = new URLSearchParams({ 'sanity-preview-secret': secret })
  if (path !== undefined) query.set('sanity-preview-pathname', path)
  return `${PREVIEW_ENABLE_PATH}?${query}`
}

/** The `name=value` part of the preview cookie a response sets, to send back. */
function cookieOf(response: LightMyRequestResponse): string {
  const header = [response.headers['set-cookie'] ?? []].flat().find((line) => line.startsWith(`${PREVIEW_COOKIE}=`))
  if (!header) throw new Error(`No ${PREVIEW_COOKIE} cookie in ${JSON.stringify(response.headers)}`)
  return header.split(';')[0]!
}

function expectPreviewHeaders(response: LightMyRequestResponse) {
  expect(response.headers['cache-control']).toBe('private, no-store')
  expect(response.headers['x-robots-tag']).toBe('noindex')
}

describe('the preview served with a shared secret (dataset file)', () => {
  let app: FastifyInstance
  let now = Date.parse('2026-12-01T22:00:00Z')
  beforeAll(async () => {
    app = await previewServer(new PreviewAccess({ sharedSecret, client: undefined, now: () => now }))
  })
  afterAll(() => app.close())

  test('answers 401 with a French page saying how to open it, without a cookie', async () => {
    const response = await app.inject({ url: '/talks/kafka-brouillon/' })
    expect(response.statusCode).toBe(401)
    expect(response.headers['content-type']).toMatch(/^text\/html/)
    expect(response.payload).toContain('Aperçu réservé aux éditeurs')
    expect(response.payload).toContain('depuis le Studio')
    expect(response.payload).not.toContain(draftTitle)
    expectPreviewHeaders(response)
  })

  test('refuses a link with a wrong secret, and sets no cookie', async () => {
    const response = await app.inject({ url: enableUrl('un-secret-qui-n-est-pas-le-bon', '/') })
    expect(response.statusCode).toBe(401)
    expect(response.headers['set-cookie']).toBeUndefined()
    expect(response.payload).toContain('Lien refusé')
  })

  test('refuses a forged or foreign cookie', async () => {
    const forged = await app.inject({ url: '/', headers: { cookie: `${PREVIEW_COOKIE}=99999999999999.signature` } })
    expect(forged.statusCode).toBe(401)
    const other = await previewServer(
      new PreviewAccess({ sharedSecret: 'un-autre-secret-partage-assez-long', client: undefined }),
    )
    try {
      const theirs = cookieOf(await other.inject({ url: enableUrl('un-autre-secret-partage-assez-long') }))
      expect((await app.inject({ url: '/', headers: { cookie: theirs } })).statusCode).toBe(401)
    } finally {
      await other.close()
    }
  })

  test('sets an HttpOnly, SameSite=None, Secure, partitioned cookie with an expiry from the link, and sends the browser to the asked page', async () => {
    const response = await app.inject({ url: enableUrl(sharedSecret, '/talks/kafka-brouillon/') })
    expect(response.statusCode).toBe(303)
    expect(response.headers.location).toBe('/talks/kafka-brouillon/')
    const header = String(response.headers['set-cookie'])
    expect(header).toMatch(new RegExp(`^${PREVIEW_COOKIE}=`))
    expect(header).toContain('HttpOnly')
    expect(header).toContain('SameSite=None')
    expect(header).toContain('Secure')
    expect(header).toContain('Partitioned')
    expect(header).toContain('Path=/')
    expect(header).toContain(`Max-Age=${PREVIEW_COOKIE_MAX_AGE_S}`)
    expect(header).not.toContain(sharedSecret)
    expectPreviewHeaders(response)
  })

  test('serves preview pages with the cookie, never to shared caches nor to search engines', async () => {
    const cookie = cookieOf(await app.inject({ url: enableUrl(sharedSecret) }))
    const response = await app.inject({ url: '/talks/kafka-brouillon/', headers: { cookie } })
    expect(response.statusCode).toBe(200)
    expect(response.payload).toContain(draftTitle)
    expectPreviewHeaders(response)
    expect(response.headers.etag).toBeUndefined()
    const state = await app.inject({ url: '/status', headers: { cookie } })
    expect(state.json()).toEqual(status)
    expectPreviewHeaders(state)
    expect((await app.inject({ url: '/status' })).statusCode).toBe(401)
  })

  test('closes again once the cookie has expired', async () => {
    const cookie = cookieOf(await app.inject({ url: enableUrl(sharedSecret) }))
    now += PREVIEW_COOKIE_MAX_AGE_S * 1000 + 1
    try {
      expect((await app.inject({ url: '/', headers: { cookie } })).statusCode).toBe(401)
    } finally {
      now -= PREVIEW_COOKIE_MAX_AGE_S * 1000 + 1
    }
  })

  test('goes only to paths of the preview: another site in the link is refused', async () => {
    for (const elsewhere of [
      '//ailleurs.example/',
      'https://ailleurs.example/',
      '/\\ailleurs.example',
      '/.//ailleurs.example',
    ]) {
      const response = await app.inject({ url: enableUrl(sharedSecret, elsewhere) })
      expect(response.statusCode, elsewhere).toBe(401)
      expect(response.headers.location, elsewhere).toBeUndefined()
      expect(response.headers['set-cookie'], elsewhere).toBeUndefined()
    }
    const home = await app.inject({ url: enableUrl(sharedSecret) })
    expect(home.headers.location).toBe('/')
  })

  test('answers a former address with 301 to the current page, behind the cookie', async () => {
    expect((await app.inject({ url: '/talks/kafka-ancien/' })).statusCode).toBe(401)
    const cookie = cookieOf(await app.inject({ url: enableUrl(sharedSecret) }))
    for (const former of ['/talks/kafka-ancien/', '/talks/kafka-ancien']) {
      const response = await app.inject({ url: former, headers: { cookie } })
      expect(response.statusCode).toBe(301)
      expect(response.headers.location).toBe('/talks/kafka-brouillon/')
      expectPreviewHeaders(response)
    }
  })
})

describe('the preview opened from the Presentation tool (Content Lake)', () => {
  const studioSecret = 'secret-cree-par-le-studio'
  const queries: Array<Record<string, unknown>> = []
  /** The Content Lake as @sanity/preview-url-secret queries it: one secret, created by the Studio. */
  const client: SanityClientLike = {
    config: () => ({ token: 'jeton-de-lecture' }),
    withConfig: () => client,
    fetch: async <R>(_query: string, params: unknown) => {
      queries.push(params as Record<string, unknown>)
      const { secret } = params as { secret: string }
      const found =
        secret === studioSecret
          ? {
              _id: 'sanity-preview-url-secret.a',
              _updatedAt: new Date().toISOString(),
              secret,
              studioUrl: 'http://127.0.0.1:3333',
            }
          : null
      return { private: found, public: null } as R
    },
  }
  let app: FastifyInstance
  beforeAll(async () => {
    app = await previewServer(new PreviewAccess({ sharedSecret: undefined, client }))
  })
  afterAll(() => app.close())

  test("opens with a secret the Studio wrote to the Content Lake, and goes to Presentation's page", async () => {
    const response = await app.inject({ url: enableUrl(studioSecret, '/talks/kafka-brouillon/') })
    expect(queries.at(-1)).toEqual({ secret: studioSecret })
    expect(response.statusCode).toBe(303)
    expect(response.headers.location).toBe('/talks/kafka-brouillon/')
    const page = await app.inject({ url: '/talks/kafka-brouillon/', headers: { cookie: cookieOf(response) } })
    expect(page.payload).toContain(draftTitle)
  })

  test('refuses a secret the Content Lake does not hold', async () => {
    const response = await app.inject({ url: enableUrl('secret-invente', '/') })
    expect(response.statusCode).toBe(401)
    expect(response.payload).toContain('Lien refusé')
    expect(response.headers['set-cookie']).toBeUndefined()
  })
})

describe('a path the enable link may send the browser to', () => {
  test('is a path of the preview, with its query', () => {
    expect(sitePath('/talks/kafka/?q=1')).toBe('/talks/kafka/?q=1')
    expect(sitePath(null)).toBe('/')
  })

  test('is never another site', () => {
    for (const value of [
      '//ailleurs.example',
      '/\\ailleurs.example',
      'https://ailleurs.example',
      'javascript:alert(1)',
      '/a\nb',
      'talks',
    ])
      expect(sitePath(value), value).toBeUndefined()
  })
})
