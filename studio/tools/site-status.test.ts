import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { PublisherStatus } from '@weshare/publisher/status'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { agoFr, describeStatus, readPublisherStatus } from './site-status.ts'

const now = Date.parse('2026-03-02T10:30:00Z')
const published: PublisherStatus = {
  state: 'idle',
  queued: false,
  completedBuilds: 3,
  last: {
    result: 'success',
    startedAt: '2026-03-02T10:26:50Z',
    finishedAt: '2026-03-02T10:27:00Z',
    durationMs: 10_000,
    reason: 'webhook',
    trigger: ['talk-kafka'],
    problems: [],
    error: null,
  },
  publishedAt: '2026-03-02T10:27:00Z',
  publishedBuildMs: 10_000,
}
const brokenLine =
  'ERREUR Talk "kafka-et-le-chat" (id talk-kafka) · format : "keynote" n\'est pas un format connu. Choisissez-en un dans la liste.'
const failed: PublisherStatus = {
  ...published,
  completedBuilds: 4,
  last: {
    result: 'failure',
    startedAt: '2026-03-02T10:28:50Z',
    finishedAt: '2026-03-02T10:29:00Z',
    durationMs: 10_000,
    reason: 'webhook',
    trigger: ['talk-kafka'],
    problems: [
      {
        severity: 'error',
        line: brokenLine,
        document: { type: 'talk', id: 'talk-kafka', label: 'kafka-et-le-chat' },
        path: 'format',
      },
    ],
    error: 'the content source is not configured correctly (see above).',
  },
}

let server: Server
let publisherUrl = ''
let answer: { status: number; body: string } = { status: 200, body: JSON.stringify(published) }

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  publisherUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((done) => server.close(() => done())))

describe('the "Site public" tool', () => {
  test('says how long ago the site was published', async () => {
    answer = { status: 200, body: JSON.stringify(published) }
    const view = describeStatus(await readPublisherStatus(publisherUrl), now)
    expect(view).toMatchObject({ tone: 'positive', title: 'Publié il y a 3 minutes', problems: [] })
    expect(view.details).toEqual(['Le site en ligne a été publié il y a 3 minutes (construit en 10 s).'])
  })

  test('says a build is in progress, or about to start', () => {
    const building = describeStatus(
      { kind: 'status', url: publisherUrl, status: { ...published, state: 'building', queued: true } },
      now,
    )
    expect(building.title).toBe('Publication en cours')
    expect(building.details[0]).toBe(
      'Le site est en cours de reconstruction ; une autre suivra pour les publications arrivées entre-temps.',
    )
    expect(
      describeStatus({ kind: 'status', url: publisherUrl, status: { ...published, state: 'pending' } }, now).title,
    ).toBe('Publication imminente')
  })

  test('shows a failed build with each problem line and a link to the document it names', async () => {
    answer = { status: 200, body: JSON.stringify(failed) }
    const view = describeStatus(await readPublisherStatus(publisherUrl), now)
    expect(view.tone).toBe('critical')
    expect(view.title).toBe('Échec de la dernière publication')
    expect(view.details).toEqual([
      'La construction terminée il y a 1 minute a échoué ; rien n’a changé en ligne. Le site en ligne a été publié il y a 3 minutes (construit en 10 s).',
      'Corrigez le point suivant puis publiez à nouveau :',
    ])
    expect(view.problems).toEqual([
      {
        line: brokenLine,
        document: { type: 'talk', id: 'talk-kafka', label: 'kafka-et-le-chat' },
        linkLabel: 'Ouvrir kafka-et-le-chat',
      },
    ])
  })

  test('gives the cause of a failed build that named no document', () => {
    const status = { ...failed, last: { ...failed.last!, problems: [], error: 'Astro could not render the site.' } }
    expect(describeStatus({ kind: 'status', url: publisherUrl, status }, now).details[1]).toBe(
      'Cause : Astro could not render the site.',
    )
  })

  test('says what to set when SANITY_STUDIO_PUBLISHER_URL is missing or not an address', async () => {
    const missing = describeStatus(await readPublisherStatus(undefined), now)
    expect(missing.title).toBe('Adresse du publieur non renseignée')
    expect(missing.details[0]).toContain('renseignez SANITY_STUDIO_PUBLISHER_URL (par exemple http://127.0.0.1:4400)')
    expect(describeStatus(await readPublisherStatus('  '), now).title).toBe('Adresse du publieur non renseignée')
    const invalid = describeStatus(await readPublisherStatus('publieur:4400'), now)
    expect(invalid.details[0]).toContain('SANITY_STUDIO_PUBLISHER_URL vaut « publieur:4400 »')
  })

  test('says the publisher does not answer when nothing listens at its address', async () => {
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise<void>((done) => closed.close(() => done()))
    const view = describeStatus(await readPublisherStatus(url), now)
    expect(view.tone).toBe('critical')
    expect(view.title).toBe('Le publieur ne répond pas')
    expect(view.details[0]).toMatch(new RegExp(`^Impossible de lire ${url}/status \\(`))
    expect(view.details[1]).toContain('npm run publisher')
  })

  test('says the answer is unexpected when the address is not the publisher', async () => {
    answer = { status: 200, body: JSON.stringify({ hello: 'world' }) }
    const view = describeStatus(await readPublisherStatus(`${publisherUrl}/`), now)
    expect(view.title).toBe('Réponse inattendue du publieur')
    expect(view.details[0]).toContain('champs absents ou invalides : state')
    answer = { status: 500, body: '' }
    expect(describeStatus(await readPublisherStatus(publisherUrl), now).details[0]).toContain('(HTTP 500)')
  })

  test('counts time in French', () => {
    expect(agoFr('2026-03-02T10:29:30Z', now)).toBe('à l’instant')
    expect(agoFr('2026-03-02T10:29:00Z', now)).toBe('il y a 1 minute')
    expect(agoFr('2026-03-02T08:00:00Z', now)).toBe('il y a 2 heures')
    expect(agoFr('2026-02-27T10:00:00Z', now)).toBe('il y a 3 jours')
  })
})
