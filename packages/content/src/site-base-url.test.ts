import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { readSiteBaseUrl, takePreparedSource } from './site-base-url.ts'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'weshare-'))
})
afterEach(async () => {
  takePreparedSource()
  await rm(dir, { recursive: true, force: true })
})

async function datasetWith(documents: object[]): Promise<string> {
  const file = join(dir, 'dataset.ndjson')
  await writeFile(file, documents.map((document) => JSON.stringify(document)).join('\n'))
  return file
}

const settings = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  title: 'Récaps',
  description: 'Les récaps.',
  language: 'fr',
  baseUrl: 'https://recaps.example.org/',
}

test('reads the address editors gave in the published site settings', async () => {
  const file = await datasetWith([
    settings,
    { ...settings, _id: 'drafts.siteSettings', baseUrl: 'https://brouillon.example' },
  ])
  expect(await readSiteBaseUrl({ SANITY_DATASET_FILE: file })).toBe('https://recaps.example.org/')
})

test('gives nothing when the settings are missing, for the content check to report', async () => {
  const file = await datasetWith([{ _id: 'talk-1', _type: 'talk' }])
  expect(await readSiteBaseUrl({ SANITY_DATASET_FILE: file })).toBeUndefined()
})

test('hands the source it opened to the next content load, once', async () => {
  const file = await datasetWith([settings])
  await readSiteBaseUrl({ SANITY_DATASET_FILE: file })
  const prepared = takePreparedSource()
  expect(prepared?.source.description).toContain('dataset.ndjson')
  expect(takePreparedSource()).toBeUndefined()
})
