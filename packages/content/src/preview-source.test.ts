import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadContent } from './load-content.ts'
import { SAMPLE_DATASET_FILE } from './source-from-env.ts'
import { previewSourceFromEnv } from './preview-source.ts'
import { overlayDrafts } from './sources/drafts-overlay.ts'
import { sampleDocuments, type StoredDocument } from './testing/fixtures.ts'
import { startQueryApiServer, type QueryApiServer } from './testing/query-api-server.ts'

let work: string
let datasetFile: string
let documents: StoredDocument[]
let talk: StoredDocument

beforeAll(async () => {
  documents = await sampleDocuments()
  talk = documents.find((doc) => doc._type === 'talk')!
  documents.push(
    { ...talk, _id: `drafts.${talk._id}`, title: 'Titre retravaillé en brouillon' },
    { ...talk, _id: `versions.rentree.${talk._id}`, title: 'Titre prévu pour la rentrée' },
    { ...talk, _id: `versions.autre.${talk._id}`, title: "Titre d'une autre release" },
  )
  work = await mkdtemp(join(tmpdir(), 'weshare-preview-source-'))
  datasetFile = join(work, 'drafts.ndjson')
  await writeFile(datasetFile, documents.map((doc) => JSON.stringify(doc)).join('\n'))
  // The sample's images, which its documents reference relative to the dataset file.
  await cp(join(dirname(SAMPLE_DATASET_FILE), 'images'), join(work, 'images'), { recursive: true })
  await cp(join(dirname(SAMPLE_DATASET_FILE), 'assets.json'), join(work, 'assets.json'))
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

const titleOf = async (env: Record<string, string>) => {
  const { content } = await loadContent(await previewSourceFromEnv(env))
  return content.talks.find((entry) => entry._id === talk._id)?.title
}

describe('the drafts view of a dataset file', () => {
  test('shows a draft in place of its published document, under the published id', async () => {
    expect(await titleOf({ SANITY_DATASET_FILE: datasetFile })).toBe('Titre retravaillé en brouillon')
  })

  test('shows the release named by SANITY_PREVIEW_RELEASE over the drafts, and no other release', async () => {
    expect(await titleOf({ SANITY_DATASET_FILE: datasetFile, SANITY_PREVIEW_RELEASE: 'rentree' })).toBe(
      'Titre prévu pour la rentrée',
    )
  })

  test('includes a document that exists only as a draft, and leaves out system documents', () => {
    const { documents: view, counts } = overlayDrafts([
      { _id: 'a', title: 'publié' },
      { _id: 'drafts.b', title: 'nouveau' },
      { _id: '_.groups.editors' },
      { _id: 'versions.x.a', title: 'release' },
    ])
    expect(view).toEqual([
      { _id: 'a', title: 'publié' },
      { _id: 'b', title: 'nouveau' },
    ])
    expect(counts).toEqual({ published: 1, drafts: 1, release: 0 })
  })

  test('refuses a release name that cannot be one, saying what to do', async () => {
    await expect(
      previewSourceFromEnv({ SANITY_DATASET_FILE: datasetFile, SANITY_PREVIEW_RELEASE: 'ma release' }),
    ).rejects.toThrow(/^SANITY_PREVIEW_RELEASE="ma release" is not a release name/)
  })
})

describe('the drafts view of the Content Lake', () => {
  let server: QueryApiServer
  beforeAll(async () => {
    server = await startQueryApiServer({ documents, dataset: 'production', token: 'lecture' })
  })
  afterAll(async () => {
    await server.close()
  })
  const lake = { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' }

  test('needs a read token, and says where to create one', async () => {
    await expect(previewSourceFromEnv(lake)).rejects.toThrow(
      /^SANITY_API_READ_TOKEN is not set: a preview reads drafts.*API → Tokens/,
    )
  })

  test('reads with the drafts perspective and the token', async () => {
    const env = { ...lake, SANITY_API_HOST: server.url, SANITY_API_READ_TOKEN: 'lecture' }
    expect(await titleOf(env)).toBe('Titre retravaillé en brouillon')
    expect(server.requests.at(-1)).toMatchObject({ perspective: 'drafts', authorization: 'Bearer lecture' })
    expect(await titleOf({ ...env, SANITY_PREVIEW_RELEASE: 'rentree' })).toBe('Titre prévu pour la rentrée')
    expect(server.requests.at(-1)?.perspective).toBe('rentree,drafts')
  })
})
