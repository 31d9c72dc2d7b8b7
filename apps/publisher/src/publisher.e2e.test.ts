import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SAMPLE_DATASET_FILE } from '@weshare/content'
import { startQueryApiServer, type QueryApiServer } from '@weshare/content/testing'
import { encodeSignatureHeader } from '@sanity/webhook'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { PublisherStatus } from './status.ts'

/*
 * The publisher as `npm run publisher` starts it, reading a loopback stand-in of the Query API
 * whose dataset the tests edit between steps, as an editor publishing in the Studio would.
 * Each build of the sample takes several seconds: the steps share builds where they can.
 */

const secret = 'un-secret-de-test-assez-long-pour-le-publieur'
const token = 'jeton-de-lecture-du-test-a-ne-jamais-afficher'
const work = mkdtempSync(join(tmpdir(), 'weshare-publisher-'))
const siteDir = join(work, 'site')
const documents = readFileSync(SAMPLE_DATASET_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Record<string, unknown>)
const talk = documents.find((doc) => doc._type === 'talk') as {
  _id: string
  title: string
  slug: { current: string }
  format: string
}
const talkPath = `/talks/${talk.slug.current}/`

let api: QueryApiServer
let publisher: ChildProcess
let url = ''
const output: string[] = []
let hookCount = 0

/** Publishes a change to the talk in the stand-in's dataset. */
function editTalk(changes: Record<string, unknown>): void {
  Object.assign(talk, changes)
  api.setDocuments(documents)
}

async function sendHook(options: { ageMs?: number; secret?: string | null; key?: string } = {}): Promise<Response> {
  hookCount += 1
  const body = JSON.stringify({
    _id: talk._id,
    _type: 'talk',
    operation: 'update',
    slugBefore: talk.slug.current,
    slugAfter: talk.slug.current,
  })
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'idempotency-key': options.key ?? `livraison-${hookCount}`,
  }
  if (options.secret !== null) {
    headers['sanity-webhook-signature'] = await encodeSignatureHeader(
      body,
      Date.now() - (options.ageMs ?? 0),
      options.secret ?? secret,
    )
  }
  return fetch(`${url}/hooks/sanity`, { method: 'POST', body, headers })
}

async function status(): Promise<PublisherStatus> {
  return (await fetch(`${url}/status`)).json() as Promise<PublisherStatus>
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const found = await probe()
    if (found !== undefined) return found
    if (Date.now() - started > timeoutMs)
      throw new Error(`Waited ${timeoutMs} ms for ${what}. Publisher output:\n${output.slice(-40).join('\n')}`)
    await new Promise((done) => setTimeout(done, 100))
  }
}

/** Waits until no build runs or waits, and gives the status then. */
const settled = () =>
  waitFor('the publisher to settle', async () => {
    const now = await status()
    return now.state === 'idle' ? now : undefined
  })

async function page(path: string): Promise<string> {
  return (await fetch(`${url}${path}`)).text()
}

/** Every file of the site and its hash: equal digests mean byte-identical sites. */
function siteDigest(dir: string): Record<string, string> {
  const digest: Record<string, string> = {}
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file)
    if (statSync(path).isFile()) digest[file] = createHash('sha256').update(readFileSync(path)).digest('hex')
  }
  return digest
}

beforeAll(async () => {
  api = await startQueryApiServer({ documents, dataset: 'production', projectId: 'weshare0', token })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SANITY_WEBHOOK_SECRET: secret,
    PUBLISHER_HOST: '127.0.0.1',
    PUBLISHER_PORT: '0',
    PUBLISHER_SITE_DIR: siteDir,
    PUBLISHER_DEBOUNCE_MS: '300',
    SANITY_PROJECT_ID: 'weshare0',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: api.url,
    SANITY_API_READ_TOKEN: token,
  }
  delete env.SANITY_DATASET_FILE
  publisher = spawn(process.execPath, [resolve(import.meta.dirname, 'main.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean))
  publisher.stdout?.on('data', collect)
  publisher.stderr?.on('data', collect)
  url = await waitFor('the publisher to listen', async () =>
    output.map((line) => /^Publisher listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1]).find(Boolean),
  )
}, 60_000)

afterAll(async () => {
  if (publisher.exitCode === null) publisher.kill('SIGKILL')
  await api.close()
})

describe('the publisher', { timeout: 120_000 }, () => {
  test('builds the content once at start and serves it', async () => {
    const first = await settled()
    expect(first).toMatchObject({ completedBuilds: 1, last: { result: 'success', reason: 'start', trigger: [] } })
    expect(await page(talkPath)).toContain(talk.title)
    expect(api.requests.every((request) => request.authorization === `Bearer ${token}`)).toBe(true)
  })

  test('puts an edited title live after a signed webhook', async () => {
    editTalk({ title: 'Kafka expliqué à un chat très grincheux' })
    const started = performance.now()
    const response = await sendHook({ key: 'premiere-livraison' })
    expect(response.status).toBe(202)
    await waitFor('the new title on the page', async () =>
      (await page(talkPath)).includes(talk.title) ? true : undefined,
    )
    const webhookToLiveMs = Math.round(performance.now() - started)
    console.log(`Webhook to live page: ${webhookToLiveMs} ms.`)
    expect(await settled()).toMatchObject({
      completedBuilds: 2,
      last: { result: 'success', reason: 'webhook', trigger: [talk._id] },
    })
  })

  test('builds nothing for a forged, a ten-minute-old, an unsigned or an already handled hook', async () => {
    const live = talk.title
    editTalk({ title: 'Un titre que personne ne doit voir' })
    expect((await sendHook({ secret: 'un-secret-invente-par-quelqu-un' })).status).toBe(401)
    expect((await sendHook({ ageMs: 10 * 60_000 })).status).toBe(401)
    expect((await sendHook({ secret: null })).status).toBe(401)
    expect((await sendHook({ key: 'premiere-livraison' })).status).toBe(200)
    await new Promise((done) => setTimeout(done, 1500))
    expect(await status()).toMatchObject({ state: 'idle', completedBuilds: 2 })
    expect(await page(talkPath)).toContain(live)
  })

  test('runs at most two builds for a burst of 20 hooks', async () => {
    editTalk({ title: 'Kafka, le chat et les vingt publications' })
    const responses = await Promise.all(Array.from({ length: 20 }, () => sendHook()))
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(202))
    const after = await settled()
    expect(after.completedBuilds - 2).toBeGreaterThanOrEqual(1)
    expect(after.completedBuilds - 2).toBeLessThanOrEqual(2)
    expect(await page(talkPath)).toContain(talk.title)
  })

  test('keeps the published site byte for byte when an edit breaks a talk, and names the talk in the status', async () => {
    const before = siteDigest(siteDir)
    const { completedBuilds } = await status()
    editTalk({ format: 'keynote' })
    expect((await sendHook()).status).toBe(202)
    const failed = await waitFor('the failed build', async () => {
      const now = await status()
      return now.completedBuilds > completedBuilds && now.state === 'idle' ? now : undefined
    })
    expect(failed.last).toMatchObject({ result: 'failure', trigger: [talk._id] })
    expect(failed.last?.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        document: { type: 'talk', id: talk._id, label: talk.slug.current },
        line: expect.stringMatching(
          new RegExp(`^ERREUR Talk "${talk.slug.current}" \\(id ${talk._id}\\) · format : "keynote"`),
        ),
      }),
    )
    expect(siteDigest(siteDir)).toEqual(before)
    expect(await page(talkPath)).toContain(talk.title)
  })

  test('publishes again once the talk is fixed', async () => {
    editTalk({ format: 'quickie', title: 'Kafka, le chat, et la correction' })
    expect((await sendHook()).status).toBe(202)
    await waitFor('the fixed talk on the page', async () =>
      (await page(talkPath)).includes(talk.title) ? true : undefined,
    )
    expect(await settled()).toMatchObject({ last: { result: 'success', problems: [] } })
  })

  test('leaves the site whole when stopped by SIGTERM during a build', async () => {
    const before = siteDigest(siteDir)
    editTalk({ title: 'Un titre dont la construction sera interrompue' })
    expect((await sendHook()).status).toBe(202)
    await waitFor('the build to start', async () => ((await status()).state === 'building' ? true : undefined))
    await new Promise((done) => setTimeout(done, 1500))
    const exited = new Promise<number | null>((done) => publisher.once('exit', done))
    publisher.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(output.join('\n')).toContain('Build abandoned')
    expect(siteDigest(siteDir)).toEqual(before)
    expect(existsSync(`${siteDir}.previous`)).toBe(false)
    const stillRunning = readdirSync('/proc').filter((pid) => {
      try {
        return /^\d+$/.test(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(siteDir)
      } catch {
        return false
      }
    })
    expect(stillRunning).toEqual([])
  })

  test('never printed the webhook secret or the read token', () => {
    const everything = output.join('\n')
    expect(everything).not.toContain(secret)
    expect(everything).not.toContain(token)
  })
})
