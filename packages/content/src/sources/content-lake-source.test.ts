import { afterEach, describe, expect, test } from 'vitest'
import { loadContent } from '../load-content.ts'
import { startQueryApiServer, type QueryApiServer } from '../testing/query-api-server.ts'
import { sampleContentLakeDocuments } from '../testing/content-lake-documents.ts'
import { ContentLakeSource, type ContentLakeOptions } from './content-lake-source.ts'
import { ContentValidationError } from '../load-content.ts'
import { DatasetFileSource } from './dataset-file-source.ts'

let server: QueryApiServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function lake(options: Partial<ContentLakeOptions> & { serverToken?: string } = {}) {
  const documents = await sampleContentLakeDocuments({ projectId: 'weshare0', dataset: 'production' })
  server = await startQueryApiServer({
    documents,
    dataset: 'production',
    projectId: 'weshare0',
    token: options.serverToken,
  })
  const source = new ContentLakeSource({
    projectId: 'weshare0',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: server.url,
    retryDelayMs: 10,
    attempts: 3,
    ...options,
  })
  return { source, server, documents }
}

// Each test starts a query server and loads the whole sample through it: seconds on a busy machine.
describe('the Content Lake source', { timeout: 30_000 }, () => {
  test('returns the same content as the dataset file for the same documents', async () => {
    const { source, documents } = await lake()
    const fromLake = await loadContent(source)
    const fromFile = await loadContent(new DatasetFileSource(documents, 'file'))
    expect(fromLake.content).toEqual(fromFile.content)
    expect(fromLake.content.talks).toHaveLength(21)
  })

  test('resolves every image of the sample to its CDN address, dimensions and placeholder', async () => {
    const { source } = await lake()
    const { content } = await loadContent(source)
    const images = [
      content.sessions[0]?.cover,
      ...content.speakers.map((speaker) => speaker.avatar),
      ...content.talks.flatMap((talk) => talk.body.filter((block) => block._type === 'image')),
    ].filter((image) => image != null)
    expect(images).toHaveLength(6)
    for (const image of images) {
      const { width, height } = image.asset.metadata.dimensions
      expect(image.asset.url).toBe(
        `https://cdn.sanity.io/images/weshare0/production/${image.asset._id.slice('image-'.length, -'-png'.length)}.png`,
      )
      expect(image.asset._id).toMatch(new RegExp(`-${width}x${height}-png$`))
      expect(image.asset.metadata.lqip).toMatch(/^data:image\/jpeg;base64,/)
    }
    expect(content.sessions[0]?.cover?.crop).toEqual({ top: 0, bottom: 0.08, left: 0.02, right: 0.02 })
  })

  test('fails naming document, field and reference when an image points to an asset that is gone', async () => {
    const { source, server, documents } = await lake()
    const cover = (
      documents.find((doc) => doc._type === 'session') as unknown as { cover: { asset: { _ref: string } } }
    ).cover
    server.setDocuments(documents.filter((doc) => doc._id !== cover.asset._ref))
    const failure = await loadContent(source).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ContentValidationError)
    expect((failure as ContentValidationError).message.split('\n').slice(1)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^ERREUR Édition "weshare-fevrier-mars-2023" \\(id session-weshare-fevrier-mars-2023\\) · cover\\.asset : l'image pointe vers un fichier qui n'existe pas \\(asset ${cover.asset._ref}\\)`,
        ),
      ),
    ])
  })

  test('answers long queries that the client sends as POST, with their parameters', async () => {
    const { source, server } = await lake()
    const long = 'x'.repeat(20_000)
    expect(await source.fetch('count(*[_type == $type && title != $long])', { type: 'talk', long })).toBe(21)
    expect(server.requests.at(-1)?.method).toBe('POST')
    expect(await source.fetch('count(*[_type == $type])', { type: 'talk' })).toBe(21)
    expect(server.requests.at(-1)?.method).toBe('GET')
  })

  test('sends the read token as a bearer token', async () => {
    const { source, server } = await lake({ token: 'sk-good', serverToken: 'sk-good' })
    await source.fetch('count(*)')
    expect(server.requests.at(-1)?.authorization).toBe('Bearer sk-good')
  })

  test('retries a 429 answer and succeeds', async () => {
    const { source, server } = await lake()
    server.inject({ status: 429, body: '{"error":"Too Many Requests"}', headers: { 'retry-after': '0' }, times: 2 })
    expect(await source.fetch('count(*[_type == "talk"])')).toBe(21)
    expect(server.requests).toHaveLength(3)
  })

  test('caps a long Retry-After and says so', async () => {
    const notes: string[] = []
    const { source, server } = await lake({ maxRetryAfterMs: 50, log: (line) => notes.push(line) })
    server.inject({ status: 429, body: '{"error":"Too Many Requests"}', headers: { 'retry-after': '15' }, times: 1 })
    const started = performance.now()
    expect(await source.fetch('count(*[_type == "talk"])')).toBe(21)
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(notes).toEqual([expect.stringMatching(/asked to wait 15 s .*waiting 0\.05 s, the most a build waits/)])
  })

  test('retries 5xx answers with backoff, then fails naming host, dataset, status and what to check', async () => {
    const { source, server } = await lake()
    server.inject({ status: 503, body: '{"error":"Service Unavailable"}', times: 10 })
    await expect(source.fetch('count(*)')).rejects.toThrow(
      new RegExp(
        `host ${server.url.replace(/\./g, '\\.')}, project weshare0, dataset production: HTTP 503 .*after 3 attempt\\(s\\)\\. The Content Lake kept failing`,
      ),
    )
    expect(server.requests).toHaveLength(3)
  })

  test('gives up on a request that times out, with the host and dataset in the message', async () => {
    const { source, server } = await lake({ timeoutMs: 200, attempts: 2 })
    server.inject({ delayMs: 1000, body: '{"result": 1}', times: 5 })
    await expect(source.fetch('count(*)')).rejects.toThrow(
      /host http:\/\/127\.0\.0\.1:\d+, project weshare0, dataset production: no usable answer .*after 2 attempt\(s\)\. Check the network and SANITY_API_HOST/,
    )
  })

  test('reports a body that is not JSON instead of publishing garbage', async () => {
    const { source, server } = await lake()
    server.inject({
      status: 200,
      body: '<html>proxy error</html>',
      headers: { 'content-type': 'application/json' },
      times: 5,
    })
    await expect(source.fetch('count(*)')).rejects.toThrow(
      /dataset production: .*check that SANITY_API_HOST points at the Sanity API|dataset production: no usable answer/,
    )
  })

  test('explains a 401 with a bad token without retrying and without printing the token', async () => {
    const { source, server } = await lake({ token: 'sk-wrong-secret', serverToken: 'sk-good' })
    const failure = await source.fetch('count(*)').catch((error: Error) => error)
    expect(String(failure)).toMatch(/dataset production: HTTP 401 .*rejected SANITY_API_READ_TOKEN/)
    expect(String(failure)).not.toContain('sk-wrong-secret')
    expect(server.requests).toHaveLength(1)
  })

  test('names the project and dataset to check when the dataset does not exist', async () => {
    const { source } = await lake({ dataset: 'staging' })
    await expect(source.fetch('count(*)')).rejects.toThrow(
      /dataset staging: HTTP 404 .*Check SANITY_PROJECT_ID \("weshare0"\) and SANITY_DATASET \("staging"\)/,
    )
  })
})
