import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeSignatureHeader } from '@sanity/webhook'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { BuildSiteOptions } from './build-site.ts'
import { configFromEnv } from './config.ts'
import { startPublisher, type Publisher } from './publisher.ts'

/*
 * The publisher's routing of hooks to builds, with a stand-in for the site build that writes a
 * page and a `_redirects` file: which site each hook rebuilds, in which order, and what is served after.
 */

const secret = 'un-secret-de-test-assez-long'
const previewSecret = 'le-secret-partage-de-l-apercu'
const work = mkdtempSync(join(tmpdir(), 'weshare-'))
const builds: Array<{ preview: boolean; started: number; ended: number }> = []
/** What the next builds write: the slug of the one talk, and its former slugs. */
const content = { slug: 'kafka', formerSlugs: [] as string[] }

async function fakeBuild({ outDir, preview = false }: BuildSiteOptions) {
  const started = performance.now()
  await new Promise((done) => setTimeout(done, 30))
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(join(outDir, 'talks', content.slug), { recursive: true })
  const banner = preview ? '<p class="preview-banner"><time datetime="2026-12-01T22:00:00.000Z">x</time></p>' : ''
  writeFileSync(join(outDir, 'index.html'), `<!doctype html>${banner}<h1>Accueil</h1>`)
  writeFileSync(join(outDir, 'talks', content.slug, 'index.html'), `<!doctype html><h1>${content.slug}</h1>`)
  writeFileSync(
    join(outDir, '_redirects'),
    content.formerSlugs.map((former) => `/talks/${former}/ /talks/${content.slug}/ 301\n`).join(''),
  )
  builds.push({ preview, started, ended: performance.now() })
  return { outcome: 'published' as const }
}

let publisher: Publisher

async function hook(id: string) {
  const body = JSON.stringify({ _id: id, _type: 'talk', slugBefore: content.slug, slugAfter: content.slug })
  return fetch(`${publisher.url}/hooks/sanity`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), secret),
    },
  })
}

beforeAll(async () => {
  const config = configFromEnv({
    SANITY_WEBHOOK_SECRET: secret,
    PUBLISHER_PORT: '0',
    PUBLISHER_SITE_DIR: join(work, 'site'),
    PUBLISHER_PREVIEW_PORT: '0',
    PUBLISHER_PREVIEW_DIR: join(work, 'preview'),
    PUBLISHER_PREVIEW_SECRET: previewSecret,
    PUBLISHER_DEBOUNCE_MS: '300',
  })
  publisher = await startPublisher(config, { log: () => undefined, build: fakeBuild })
  await publisher.settled()
})
afterAll(() => publisher.stop())

describe('the publisher with a preview', () => {
  test('builds the public site, then the preview, at start, one at a time', () => {
    expect(builds.map((build) => build.preview)).toEqual([false, true])
    expect(builds[1]!.started).toBeGreaterThanOrEqual(builds[0]!.ended)
    expect(publisher.previewUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(publisher.previewUrl).not.toBe(publisher.url)
  })

  test('rebuilds only the preview for a draft, and for several drafts typed in a row, once or twice', async () => {
    builds.length = 0
    const responses = await Promise.all(Array.from({ length: 8 }, () => hook('drafts.talk-kafka')))
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(202))
    await publisher.settled()
    // Hooks that arrive once a build has started cause one more after it (build-queue.ts).
    expect(builds.length).toBeGreaterThanOrEqual(1)
    expect(builds.length).toBeLessThanOrEqual(2)
    expect(builds.every((build) => build.preview)).toBe(true)
    expect(publisher.status().preview).toMatchObject({
      completedBuilds: 1 + builds.length,
      contentTime: '2026-12-01T22:00:00.000Z',
      last: { result: 'success' },
      access: ['shared-secret'],
    })
    expect(publisher.status().completedBuilds).toBe(1)
  })

  test('rebuilds nothing for the version of a release the preview does not show', async () => {
    builds.length = 0
    expect((await hook('versions.rentree.talk-kafka')).status).toBe(202)
    await new Promise((done) => setTimeout(done, 200))
    await publisher.settled()
    expect(builds).toEqual([])
  })

  test('rebuilds the public site first, then the preview, for a publish', async () => {
    builds.length = 0
    expect((await hook('talk-kafka')).status).toBe(202)
    await publisher.settled()
    expect(builds.map((build) => build.preview)).toEqual([false, true])
  })

  test('answers a former address with 301 to the current page once the rename is published', async () => {
    const before = await fetch(`${publisher.url}/talks/kafka/`, { redirect: 'manual' })
    expect(before.status).toBe(200)
    Object.assign(content, { slug: 'kafka-sans-larmes', formerSlugs: ['kafka'] })
    expect((await hook('talk-kafka')).status).toBe(202)
    await publisher.settled()
    const after = await fetch(`${publisher.url}/talks/kafka/`, { redirect: 'manual' })
    expect(after.status).toBe(301)
    expect(after.headers.get('location')).toBe('/talks/kafka-sans-larmes/')
    const current = await fetch(`${publisher.url}${after.headers.get('location')}`)
    expect(await current.text()).toContain('kafka-sans-larmes')
  })

  test('serves the preview at its own address only with the cookie of its link', async () => {
    const closed = await fetch(`${publisher.previewUrl}/`)
    expect(closed.status).toBe(401)
    const link = `${publisher.previewUrl}/preview/enable?sanity-preview-secret=${previewSecret}&sanity-preview-pathname=/talks/kafka/`
    const opened = await fetch(link, { redirect: 'manual' })
    expect(opened.status).toBe(303)
    const cookie = opened.headers.get('set-cookie')!.split(';')[0]!
    const former = await fetch(`${publisher.previewUrl}${opened.headers.get('location')}`, {
      headers: { cookie },
      redirect: 'manual',
    })
    expect(former.status).toBe(301)
    expect(former.headers.get('location')).toBe('/talks/kafka-sans-larmes/')
  })
})
