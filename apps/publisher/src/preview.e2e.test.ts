import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { SAMPLE_DATASET_FILE } from '@weshare/content'
import { encodeSignatureHeader } from '@sanity/webhook'
import { launchChromium } from '@weshare/testing'
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest'
import type { PreviewBuilds, PublisherStatus } from './status.ts'

/*
 * The publisher with a preview, as `npm run publisher` starts it on a copy of the sample dataset:
 * an editor types in a draft (the file gains `drafts.<id>`, and Sanity sends a hook for it), and
 * the preview serves the new text while the public site stays as published. Times each round
 * from the hook to the new text in the HTML the preview serves.
 */

const ROUNDS = 3
const secret = 'un-secret-de-test-assez-long-pour-le-publieur'
const previewSecret = 'le-secret-partage-de-l-apercu-du-test'
const work = mkdtempSync(join(tmpdir(), 'weshare-preview-'))
const datasetFile = join(work, 'dataset.ndjson')
// The sample's image fields point at files beside it: the copy needs them too.
cpSync(join(dirname(SAMPLE_DATASET_FILE), 'images'), join(work, 'images'), { recursive: true })
cpSync(join(dirname(SAMPLE_DATASET_FILE), 'assets.json'), join(work, 'assets.json'))
const published = readFileSync(SAMPLE_DATASET_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Record<string, unknown>)
const talk = published.find((doc) => doc._type === 'talk') as { _id: string; title: string; slug: { current: string } }
const talkPath = `/talks/${talk.slug.current}/`

let publisher: ChildProcess
const output: string[] = []
let url = ''
let previewUrl = ''
let cookie = ''
let hookCount = 0

/** The dataset with the talk's draft titled `title`, as the Studio saves it while the editor types. */
function saveDraft(title: string): void {
  const draft = { ...talk, _id: `drafts.${talk._id}`, title }
  writeFileSync(datasetFile, [...published, draft].map((doc) => JSON.stringify(doc)).join('\n') + '\n')
}

async function sendHook(id: string): Promise<Response> {
  hookCount += 1
  const body = JSON.stringify({ _id: id, _type: 'talk', operation: 'update', slugAfter: talk.slug.current })
  return fetch(`${url}/hooks/sanity`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `brouillon-${hookCount}`,
      'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), secret),
    },
  })
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const found = await probe()
    if (found !== undefined) return found
    if (Date.now() - started > timeoutMs)
      throw new Error(`Waited ${timeoutMs} ms for ${what}. Publisher output:\n${output.slice(-40).join('\n')}`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

const status = async () => (await fetch(`${url}/status`)).json() as Promise<PublisherStatus>
const previewPage = async (path: string) => (await fetch(`${previewUrl}${path}`, { headers: { cookie } })).text()

beforeAll(async () => {
  saveDraft(talk.title)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SANITY_WEBHOOK_SECRET: secret,
    PUBLISHER_HOST: '127.0.0.1',
    PUBLISHER_PORT: '0',
    PUBLISHER_SITE_DIR: join(work, 'site'),
    PUBLISHER_PREVIEW_PORT: '0',
    PUBLISHER_PREVIEW_DIR: join(work, 'preview'),
    PUBLISHER_PREVIEW_SECRET: previewSecret,
    PUBLISHER_DEBOUNCE_MS: '300',
    SANITY_DATASET_FILE: datasetFile,
  }
  for (const name of ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_API_HOST', 'SANITY_PREVIEW_RELEASE'])
    delete env[name]
  publisher = spawn(process.execPath, [resolve(import.meta.dirname, 'main.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean))
  publisher.stdout?.on('data', collect)
  publisher.stderr?.on('data', collect)
  const listening = (pattern: RegExp) => async () => output.map((line) => pattern.exec(line)?.[1]).find(Boolean)
  url = await waitFor('the publisher to listen', listening(/^Publisher listening on (http:\/\/127\.0\.0\.1:\d+)/))
  previewUrl = await waitFor('the preview to listen', listening(/^Preview listening on (http:\/\/127\.0\.0\.1:\d+)/))
}, 60_000)

afterAll(() => {
  if (publisher.exitCode === null) publisher.kill('SIGTERM')
})

describe('the preview served by the publisher', { timeout: 600_000 }, () => {
  test('is built after the public site at start, and opens from the link with the shared secret', async () => {
    await waitFor('both first builds', async () => {
      const now = await status()
      return now.completedBuilds === 1 && now.preview?.completedBuilds === 1 && now.preview.state === 'idle'
        ? true
        : undefined
    })
    expect((await fetch(`${previewUrl}${talkPath}`)).status).toBe(401)
    const query = new URLSearchParams({ 'sanity-preview-secret': previewSecret, 'sanity-preview-pathname': talkPath })
    const opened = await fetch(`${previewUrl}/preview/enable?${query}`, { redirect: 'manual' })
    expect(opened.status).toBe(303)
    cookie = opened.headers.get('set-cookie')!.split(';')[0]!
    const html = await previewPage(opened.headers.get('location')!)
    expect(html).toContain('Aperçu — contenu non publié')
    expect(html).toContain(talk.title)
  })

  test('shows a draft within seconds of its webhook, and leaves the public site as published', async () => {
    const timings: number[] = []
    for (let round = 1; round <= ROUNDS; round++) {
      const before = await status()
      const title = `Kafka expliqué à un chat, brouillon ${round}`
      saveDraft(title)
      const started = performance.now()
      expect((await sendHook(`drafts.${talk._id}`)).status).toBe(202)
      await waitFor(`the draft title of round ${round} in the preview`, async () =>
        (await previewPage(talkPath)).includes(title) ? true : undefined,
      )
      timings.push(Math.round(performance.now() - started))
      const after = await waitFor('the preview to settle', async () => {
        const now = await status()
        return now.state === 'idle' && now.preview?.state === 'idle' ? now : undefined
      })
      expect(after.completedBuilds).toBe(before.completedBuilds)
      expect(after.preview!.completedBuilds).toBe(before.preview!.completedBuilds + 1)
      expect(await (await fetch(`${url}${talkPath}`)).text()).not.toContain(title)
    }
    const sorted = [...timings].sort((a, b) => a - b)
    console.log(
      `Draft webhook to refreshed preview, ${ROUNDS} rounds: ${timings.join(', ')} ms ` +
        `(median ${sorted[Math.floor(sorted.length / 2)]} ms, from ${sorted[0]} to ${sorted.at(-1)} ms).`,
    )
  })

  test("answers the preview's own status to its pages, with the time of the content it shows", async () => {
    const own = (await (await fetch(`${previewUrl}/status`, { headers: { cookie } })).json()) as PreviewBuilds
    expect(own.completedBuilds).toBe(1 + ROUNDS)
    expect(Date.parse(own.contentTime!)).toBeLessThanOrEqual(Date.parse(own.publishedAt!))
    const html = await previewPage(talkPath)
    expect(html).toContain(`datetime="${own.contentTime}"`)
  })

  test('opens in a frame of another site from the link, and reloads itself after a draft, at the same scroll position', async () => {
    const browser = await launchChromium('the preview test opens the preview as the Presentation tool frames it')
    try {
      const page = await browser.newPage({ viewport: { width: 800, height: 400 } })
      const query = new URLSearchParams({ 'sanity-preview-secret': previewSecret, 'sanity-preview-pathname': talkPath })
      // A page of another site (localhost is not 127.0.0.1) frames the preview, as the Studio's
      // origin does: the cookie must be SameSite=None, Secure and partitioned to reach the frame.
      const studio = createServer((_request, response) =>
        response
          .setHeader('content-type', 'text/html; charset=utf-8')
          .end(`<iframe src="${previewUrl}/preview/enable?${query}" style="width:780px;height:380px"></iframe>`),
      )
      await new Promise<void>((listening) => studio.listen(0, '127.0.0.1', listening))
      onTestFinished(() => void studio.close())
      await page.goto(`http://localhost:${(studio.address() as AddressInfo).port}/`)
      const frame = await waitFor('the framed preview page', async () => {
        const found = page.frames().find((candidate) => candidate.url() === `${previewUrl}${talkPath}`)
        return found && (await found.locator('.preview-banner').count()) > 0 ? found : undefined
      })
      await frame.evaluate(() => scrollTo(0, 300))
      const scrolled = await frame.evaluate(() => scrollY)
      expect(scrolled).toBeGreaterThan(0)
      const title = 'Kafka expliqué à un chat, vu dans le navigateur'
      saveDraft(title)
      expect((await sendHook(`drafts.${talk._id}`)).status).toBe(202)
      await waitFor('the framed preview to reload with the draft', async () =>
        (await frame.content().catch(() => '')).includes(title) ? true : undefined,
      )
      // The new page's script puts the scroll back once it runs, a moment after its text arrives.
      const scrollNow = () => frame.evaluate(() => scrollY).catch(() => undefined)
      const restored = await waitFor(
        'the reloaded preview to scroll back',
        async () => ((await scrollNow()) === scrolled ? scrolled : undefined),
        10_000,
      ).catch(scrollNow)
      expect(restored).toBe(scrolled)
    } finally {
      await browser.close()
    }
  })

  test('never printed either secret', () => {
    const everything = output.join('\n')
    expect(everything).not.toContain(secret)
    expect(everything).not.toContain(previewSecret)
  })
})
