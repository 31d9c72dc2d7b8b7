import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SAMPLE_DATASET_FILE, readDatasetFile } from '@weshare/content'
import { sampleContentLakeDocuments, startQueryApiServer } from '@weshare/content/testing'
import { beforeAll, describe, expect, test } from 'vitest'
import { copySampleImages } from './harness/sample-images.ts'
import { runBuild, siteText } from './harness/site.ts'

/*
 * What must never reach readers: drafts, release versions, and the read token. These tests build
 * the whole site (pages, feed, sitemap, search index) and read every byte it wrote.
 */

const work = mkdtempSync(join(tmpdir(), 'weshare-never-published-'))

async function buildSite(out: string, env: Record<string, string>): Promise<void> {
  const { code, output } = await runBuild(out, { ...process.env, ...env })
  if (code !== 0) throw new Error(`The site build failed (exit ${code}):\n${output}`)
}

/**
 * A page with its image files out of it: the CDN picks an image's format where a build from a
 * dataset file offers AVIF and WebP in <source> elements, and the two name their files differently.
 */
function withoutImageFiles(html: string): string {
  return html
    .replace(/<source [^>]*>/g, '')
    .replace(/(?:https:\/\/cdn\.sanity\.io\/images|(?:https?:\/\/[^\s"/]+)?\/_images)\/[^\s"]*/g, 'image')
}

function filesContaining(files: Map<string, string>, needle: string): string[] {
  return [...files].filter(([, text]) => text.includes(needle)).map(([path]) => path)
}

describe('drafts and release versions', () => {
  const secrets = [
    'Titre-brouillon-confidentiel',
    'slug-brouillon-confidentiel',
    'Titre-de-release-confidentiel',
    'talk-jamais-publie-confidentiel',
  ]
  let published: string
  let files: Map<string, string>

  beforeAll(async () => {
    const documents = (await readDatasetFile(SAMPLE_DATASET_FILE)) as Array<Record<string, unknown>>
    const talk = documents.find((doc) => doc._type === 'talk')!
    published = talk.title as string
    documents.push(
      { ...talk, _id: `drafts.${talk._id}`, title: secrets[0], slug: { _type: 'slug', current: secrets[1] } },
      { ...talk, _id: `versions.r-printemps.${talk._id}`, title: secrets[2] },
      { ...talk, _id: `drafts.${secrets[3]}`, title: secrets[3], slug: { _type: 'slug', current: secrets[3] } },
    )
    await copySampleImages(work)
    const dataset = join(work, 'with-drafts.ndjson')
    writeFileSync(dataset, documents.map((doc) => JSON.stringify(doc)).join('\n'))
    await buildSite(join(work, 'with-drafts'), { SANITY_DATASET_FILE: dataset })
    files = siteText(join(work, 'with-drafts'))
  })

  test('the built site holds pages, feed, sitemap and search index', () => {
    const paths = [...files.keys()]
    expect(paths).toContain('rss.xml')
    expect(paths.some((path) => path.startsWith('sitemap'))).toBe(true)
    expect(paths.some((path) => path.startsWith('pagefind/'))).toBe(true)
    expect(filesContaining(files, published).length).toBeGreaterThan(1)
  })

  test.each(secrets)('no draft or version value %s appears in any built file', (secret) => {
    expect(filesContaining(files, secret)).toEqual([])
  })

  test('no draft or version id appears in any built file', () => {
    expect(filesContaining(files, 'drafts.')).toEqual([])
    expect(filesContaining(files, 'versions.r-printemps')).toEqual([])
  })
})

describe('a build from the Content Lake', () => {
  const token = `sk${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`
  let lakeFiles: Map<string, string>
  let fileFiles: Map<string, string>

  beforeAll(async () => {
    const documents = await sampleContentLakeDocuments({ projectId: 'weshare0', dataset: 'production' })
    const server = await startQueryApiServer({ documents, dataset: 'production', projectId: 'weshare0', token })
    try {
      await buildSite(join(work, 'lake'), {
        SANITY_PROJECT_ID: 'weshare0',
        SANITY_DATASET: 'production',
        SANITY_API_HOST: server.url,
        SANITY_API_READ_TOKEN: token,
      })
    } finally {
      await server.close()
    }
    await buildSite(join(work, 'file'), { SANITY_DATASET_FILE: SAMPLE_DATASET_FILE })
    lakeFiles = siteText(join(work, 'lake'))
    fileFiles = siteText(join(work, 'file'))
  })

  test('publishes the same pages as a build from the dataset file, images served by the CDN', () => {
    const pages = (files: Map<string, string>) => [...files.keys()].filter((path) => path.endsWith('.html')).sort()
    expect(pages(lakeFiles)).toEqual(pages(fileFiles))
    for (const page of pages(fileFiles)) {
      expect(withoutImageFiles(lakeFiles.get(page)!), page).toBe(withoutImageFiles(fileFiles.get(page)!))
    }
  })

  test('never writes the read token into the site', () => {
    expect(filesContaining(lakeFiles, token)).toEqual([])
  })
})
