import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeSignatureHeader } from '@sanity/webhook'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { FormerPaths } from './former-paths.ts'
import { createServer } from './server.ts'
import type { PublisherStatus } from './status.ts'
import type { HookProjection } from './webhook.ts'

const secret = 'un-secret-de-test-assez-long'
const studio = 'https://weshare.sanity.studio'
const page = `<!doctype html><html lang="fr"><body>${'<p>Un talk sur Kafka et le chat grincheux.</p>'.repeat(80)}</body></html>`
const status: PublisherStatus = {
  state: 'idle',
  queued: false,
  completedBuilds: 1,
  last: null,
  publishedAt: '2026-03-02T10:00:00.000Z',
  publishedBuildMs: 4200,
}

let app: FastifyInstance
const hooks: HookProjection[] = []
const lines: string[] = []

async function hook(body: string, headers: Record<string, string> = {}) {
  const signature = await encodeSignatureHeader(body, Date.now(), secret)
  return app.inject({
    method: 'POST',
    url: '/hooks/sanity',
    payload: body,
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature, ...headers },
  })
}

beforeAll(async () => {
  const site = join(mkdtempSync(join(tmpdir(), 'weshare-')), 'site')
  mkdirSync(join(site, '_astro'), { recursive: true })
  mkdirSync(join(site, 'talks', 'kafka'), { recursive: true })
  writeFileSync(join(site, 'index.html'), page)
  writeFileSync(join(site, 'talks', 'kafka', 'index.html'), page)
  writeFileSync(join(site, '404.html'), '<!doctype html><title>Page introuvable</title>')
  writeFileSync(join(site, '_astro', 'page.Bx1c2d.css'), 'body{margin:0}'.repeat(200))
  writeFileSync(join(site, '_redirects'), '/talks/kafka-ancien/ /talks/kafka/ 301\n')
  const formerPaths = new FormerPaths()
  await formerPaths.load(site)
  app = await createServer({
    formerPaths,
    siteDir: site,
    secret,
    studioOrigins: [studio],
    status: () => status,
    onHook: (projection) => {
      hooks.push(projection)
    },
    log: (line) => lines.push(line),
  })
})
afterAll(() => app.close())

describe('the published site', () => {
  test('is served compressed with brotli or gzip, as the browser accepts', async () => {
    const br = await app.inject({ url: '/', headers: { 'accept-encoding': 'br, gzip' } })
    expect(br.statusCode).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    const gzip = await app.inject({ url: '/talks/kafka/', headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gzip.rawPayload.length).toBeLessThan(page.length / 4)
  })

  test('answers 304 to a browser that has the page, and asks it to revalidate HTML', async () => {
    const first = await app.inject({ url: '/' })
    expect(first.headers['cache-control']).toBe('public, no-cache')
    expect(first.headers['last-modified']).toBeTruthy()
    const etag = String(first.headers.etag)
    const again = await app.inject({ url: '/', headers: { 'if-none-match': etag } })
    expect(again.statusCode).toBe(304)
    expect(again.payload).toBe('')
  })

  test('lets browsers keep hashed assets for a year', async () => {
    const asset = await app.inject({ url: '/_astro/page.Bx1c2d.css' })
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  test('answers a missing page with 404.html and status 404', async () => {
    const missing = await app.inject({ url: '/talks/inconnu/' })
    expect(missing.statusCode).toBe(404)
    expect(missing.payload).toContain('Page introuvable')
  })

  test('answers a former address with 301 to the current page, with or without its slash, keeping the query', async () => {
    for (const former of ['/talks/kafka-ancien/', '/talks/kafka-ancien']) {
      const moved = await app.inject({ url: former })
      expect(moved.statusCode).toBe(301)
      expect(moved.headers.location).toBe('/talks/kafka/')
    }
    expect((await app.inject({ url: '/talks/kafka-ancien/?ref=lettre' })).headers.location).toBe(
      '/talks/kafka/?ref=lettre',
    )
  })

  test('redirects a folder without its trailing slash', async () => {
    const folder = await app.inject({ url: '/talks/kafka' })
    expect(folder.statusCode).toBe(301)
    expect(folder.headers.location).toBe('/talks/kafka/')
  })
})

describe('the status', () => {
  test('is JSON that only the Studio may read from a browser', async () => {
    const fromStudio = await app.inject({ url: '/status', headers: { origin: studio } })
    expect(fromStudio.json()).toEqual(status)
    expect(fromStudio.headers['access-control-allow-origin']).toBe(studio)
    expect(fromStudio.headers['cache-control']).toBe('no-store')
    const elsewhere = await app.inject({ url: '/status', headers: { origin: 'https://ailleurs.example' } })
    expect(elsewhere.headers['access-control-allow-origin']).toBeUndefined()
  })
})

describe('the webhook endpoint', () => {
  const body = JSON.stringify({ _id: 'talk-kafka', _type: 'talk', slugBefore: 'kafka', slugAfter: 'kafka' })

  test('queues a rebuild for a signed hook, answers 202, and logs the projection in one line', async () => {
    hooks.length = 0
    const response = await hook(body, { 'idempotency-key': 'cle-a' })
    expect(response.statusCode).toBe(202)
    expect(hooks).toEqual([{ _id: 'talk-kafka', _type: 'talk', slugBefore: 'kafka', slugAfter: 'kafka' }])
    expect(lines.at(-1)).toBe('Webhook accepted: talk talk-kafka, slug "kafka"; rebuild queued (idle).')
  })

  test('answers a repeated idempotency key with 200 and queues nothing', async () => {
    await hook(body, { 'idempotency-key': 'cle-b' })
    hooks.length = 0
    const repeated = await hook(body, { 'idempotency-key': 'cle-b' })
    expect(repeated.statusCode).toBe(200)
    expect(hooks).toEqual([])
  })

  test('refuses unsigned (401), forged (401), malformed (400), oversized (413) and non-POST (405) requests, queueing nothing', async () => {
    hooks.length = 0
    const unsigned = await app.inject({ method: 'POST', url: '/hooks/sanity', payload: body })
    expect(unsigned.statusCode).toBe(401)
    const forged = await app.inject({
      method: 'POST',
      url: '/hooks/sanity',
      payload: body,
      headers: {
        'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), 'un-autre-secret-bien-long'),
      },
    })
    expect(forged.statusCode).toBe(401)
    expect((await hook('{"_type":"talk"}')).statusCode).toBe(400)
    expect(
      (await hook(JSON.stringify({ _id: 'talk-kafka', _type: 'talk', texte: 'x'.repeat(1024 * 1024) }))).statusCode,
    ).toBe(413)
    const get = await app.inject({ method: 'GET', url: '/hooks/sanity' })
    expect(get.statusCode).toBe(405)
    expect(get.headers.allow).toBe('POST')
    expect(hooks).toEqual([])
  })

  test('never puts the secret in a response or a log line', async () => {
    const forged = await app.inject({
      method: 'POST',
      url: '/hooks/sanity',
      payload: body,
      headers: { 'sanity-webhook-signature': 't=1,v1=abc' },
    })
    expect(forged.payload).not.toContain(secret)
    expect(lines.join('\n')).not.toContain(secret)
  })
})

describe('before the first build has published anything', () => {
  test('the site answers 503 with a French sentence, while the webhook and the status already work', async () => {
    const early = await createServer({
      siteDir: join(mkdtempSync(join(tmpdir(), 'weshare-')), 'site'),
      secret,
      studioOrigins: [studio],
      status: () => ({ ...status, state: 'building', completedBuilds: 0, publishedAt: null, publishedBuildMs: null }),
      onHook: () => undefined,
      log: () => undefined,
    })
    try {
      const home = await early.inject({ url: '/' })
      expect(home.statusCode).toBe(503)
      expect(home.headers['retry-after']).toBe('30')
      expect(home.payload).toBe("Le site n'est pas encore publié : sa première construction est en cours.")
      expect((await early.inject({ url: '/status' })).json()).toMatchObject({ state: 'building', publishedAt: null })
    } finally {
      await early.close()
    }
  })
})
