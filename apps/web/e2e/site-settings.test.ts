import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SAMPLE_DATASET_FILE, readDatasetFile } from '@weshare/content'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { datasetFileEnv, runBuild } from './harness/site.ts'
import { copySampleImages } from './harness/sample-images.ts'

/*
 * What editors fill in under « Réglages du site » reaches the built site: the language of the
 * content and the site's address, which SITE_URL overrides for one deployment. The sample dataset is
 * built with other settings than its own, so that nothing can pass by coinciding with a default.
 */

const BASE_URL = 'https://recaps.example.org/'
const STAGING_URL = 'https://staging.recaps.example/'

let work: string
const built = new Map<string, { dir: string; output: string }>()

async function build(name: string, env: NodeJS.ProcessEnv, dataset: string): Promise<void> {
  const dir = join(work, name)
  const buildEnv = { ...datasetFileEnv(dataset), ...env }
  if (!env.SITE_URL) delete buildEnv.SITE_URL
  const { code, output } = await runBuild(dir, buildEnv)
  if (code !== 0)
    throw new Error(`The ${name} build failed (exit ${String(code)}):\n${output.split('\n').slice(-40).join('\n')}`)
  built.set(name, { dir, output })
}

function read(name: string, path: string): string {
  return readFileSync(join(built.get(name)!.dir, path), 'utf8')
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'weshare-settings-'))
  await copySampleImages(work)
  const documents = (await readDatasetFile(SAMPLE_DATASET_FILE)) as Array<Record<string, unknown>>
  const english = documents.map((doc) =>
    doc._id === 'siteSettings' ? { ...doc, language: 'en', baseUrl: BASE_URL.replace(/\/$/, '') } : doc,
  )
  const dataset = join(work, 'english.ndjson')
  await writeFile(dataset, english.map((doc) => JSON.stringify(doc)).join('\n'))
  // One after the other: two builds at once on a small runner only make both slower.
  await build('settings', {}, dataset)
  await build('staging', { SITE_URL: STAGING_URL }, dataset)
}, 240_000)

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('the language of the site settings', () => {
  test('is the language every page declares', () => {
    expect(read('settings', 'index.html')).toContain('<html lang="en"')
    expect(read('settings', 'speakers/index.html')).toContain('<html lang="en"')
  })

  test('writes the dates of a session', () => {
    const session = readdirSync(join(built.get('settings')!.dir, 'sessions'))[0]!
    expect(read('settings', `sessions/${session}/index.html`)).toMatch(
      /<time datetime="2023-02-06">Monday, 6 February 2023<\/time>/,
    )
  })

  test('is the language of the feed and of the share tags', () => {
    expect(read('settings', 'rss.xml')).toContain('<language>en-GB</language>')
    expect(read('settings', 'index.html')).toContain('<meta property="og:locale" content="en_GB">')
  })
})

describe('the address of the site settings', () => {
  test('is where canonical links, the feed, the sitemap and robots.txt point', () => {
    expect(read('settings', 'index.html')).toContain(`<link rel="canonical" href="${BASE_URL}">`)
    expect(read('settings', 'rss.xml')).toContain(`<link>${BASE_URL}</link>`)
    expect(read('settings', 'sitemap-index.xml')).toContain(`<loc>${BASE_URL}sitemap-0.xml</loc>`)
    expect(read('settings', 'robots.txt')).toContain(`Sitemap: ${BASE_URL}sitemap-index.xml`)
    expect(built.get('settings')!.output).toContain(`Site URL: ${BASE_URL} from the site settings.`)
  })

  test('gives way to SITE_URL, and the build log says so', () => {
    expect(read('staging', 'index.html')).toContain(`<link rel="canonical" href="${STAGING_URL}">`)
    expect(read('staging', 'sitemap-index.xml')).toContain(`<loc>${STAGING_URL}sitemap-0.xml</loc>`)
    expect(read('staging', 'rss.xml')).not.toContain(BASE_URL)
    expect(built.get('staging')!.output).toContain(
      `Site URL: ${STAGING_URL} from SITE_URL, which overrides the site settings' ${BASE_URL} for this build.`,
    )
  })
})
