import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { SAMPLE_DATASET_FILE } from '@weshare/content'
import { afterAll, describe, expect, test } from 'vitest'
import { datasetFileEnv, filesOf, runBuild } from './harness/site.ts'
import { copySampleImages } from './harness/sample-images.ts'

/*
 * Incremental builds against full builds of the same content. The site is built from the sample,
 * then rebuilt into the same folder after each change, reusing what the previous build left; each
 * result must be, file for file, what a full build of that content writes. Seven builds in all,
 * one of which fails on a content error.
 */

type Document = { _id: string; _type: string; [field: string]: unknown }
type Slug = { _type: 'slug'; current: string }

const work = await mkdtemp(join(tmpdir(), 'weshare-incremental-'))
await copySampleImages(work)
afterAll(() => rm(work, { recursive: true, force: true }))

const sample = (await readFile(SAMPLE_DATASET_FILE, 'utf8'))
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Document)
const session = sample.find((document) => document._type === 'session')!
const talkIds = (session.talks as Array<{ _ref: string }>).map((ref) => ref._ref)
const talk = (documents: Document[], id: string) => documents.find((document) => document._id === id)!
const slugOf = (documents: Document[], id: string) => (talk(documents, id).slug as Slug).current

/** The site rebuilt after each change, and the state its builds keep. */
const site = join(work, 'site')
const cache = join(work, 'cache')

async function build(
  name: string,
  documents: Document[],
  options: { full?: boolean; env?: NodeJS.ProcessEnv; fails?: boolean } = {},
) {
  const dataset = join(work, `${name}.ndjson`)
  await writeFile(dataset, documents.map((document) => JSON.stringify(document)).join('\n') + '\n')
  const out = options.full ? join(work, name) : site
  const args = options.full ? ['--full', '--cache', join(work, `${name}-cache`)] : ['--cache', cache]
  const { code, output } = await runBuild(out, { ...datasetFileEnv(dataset), ...options.env }, args)
  if (options.fails) expect(code, output).not.toBe(0)
  else expect(code, output).toBe(0)
  return { dir: out, output }
}

/**
 * Pages the build copied from the previous one rather than rendered, as Astro logs them. Astro
 * colours its log where the environment says colours are shown (CI=true does), so the colour codes go first.
 */
function reusedPages(output: string): Set<string> {
  const text = stripVTControlCharacters(output)
  return new Set([...text.matchAll(/├─ (\/\S+?) \((?:restored|cached)\)/g)].map((match) => match[1]!))
}

/** Files present in one folder only, or with other bytes in each. */
async function differences(a: string, b: string): Promise<string[]> {
  const list = async (dir: string) => (await filesOf(dir)).map((file) => relative(dir, file))
  const [inA, inB] = await Promise.all([list(a), list(b)])
  const onlyA = inA.filter((file) => !inB.includes(file)).map((file) => `only in the incremental build: ${file}`)
  const onlyB = inB.filter((file) => !inA.includes(file)).map((file) => `only in the full build: ${file}`)
  const changed = []
  for (const file of inA.filter((file) => inB.includes(file))) {
    const [bytesA, bytesB] = await Promise.all([readFile(join(a, file)), readFile(join(b, file))])
    if (!bytesA.equals(bytesB)) changed.push(`differs: ${file}`)
  }
  return [...onlyA, ...onlyB, ...changed]
}

describe('incremental builds', () => {
  /** The content of the last build into `site`. */
  let latest = sample
  const corrected = structuredClone(sample)
  const editedId = talkIds[5]!
  talk(corrected, editedId).title = 'Un titre corrigé après la publication'

  test(
    'a corrected title is rebuilt into the same files as a full build, reusing the pages that do not show it',
    { timeout: 180_000 },
    async () => {
      const first = await build('first', sample)
      expect(reusedPages(first.output).size, 'nothing to reuse in a first build').toBe(0)

      const rebuilt = await build('corrected', corrected)
      latest = corrected
      const reused = reusedPages(rebuilt.output)
      expect(reused).not.toContain(`/talks/${slugOf(corrected, editedId)}/index.html`)
      expect(reused).not.toContain(`/sessions/${(session.slug as Slug).current}/index.html`)
      // A speaker of another talk only: their page does not show the corrected title.
      const speakerRefs = (id: string) => (talk(sample, id).speakers as Array<{ _ref: string }>).map((ref) => ref._ref)
      const otherSpeaker = speakerRefs(talkIds[12]!).find((ref) => !speakerRefs(editedId).includes(ref))
      if (!otherSpeaker)
        throw new Error(`The sample's talk ${talkIds[12]} has no speaker of its own: pick another talk.`)
      expect(reused).toContain(`/speakers/${(talk(sample, otherSpeaker).slug as Slug).current}/index.html`)

      const full = await build('corrected-full', corrected, { full: true })
      expect(reusedPages(full.output).size).toBe(0)
      expect(await differences(rebuilt.dir, full.dir)).toEqual([])
      expect(await readFile(join(site, 'talks', slugOf(corrected, editedId), 'index.html'), 'utf8')).toContain(
        'Un titre corrigé après la publication',
      )
    },
  )

  test(
    'a deleted talk disappears and a renamed slug moves its page, as in a full build, even after a failed build',
    { timeout: 180_000 },
    async () => {
      const changed = structuredClone(corrected)
      const deletedId = talkIds[10]!
      const renamedId = talkIds[15]!
      const deletedSlug = slugOf(changed, deletedId)
      const oldSlug = slugOf(changed, renamedId)
      const newSlug = `${oldSlug}-nouvelle-adresse`
      ;(talk(changed, renamedId).slug as Slug).current = newSlug
      const changedSession = talk(changed, session._id)
      changedSession.talks = (changedSession.talks as Array<{ _ref: string }>).filter((ref) => ref._ref !== deletedId)
      const documents = changed.filter((document) => document._id !== deletedId)

      // A content error stops the build before any page: what the last good build left stays usable.
      const broken = structuredClone(documents)
      talk(broken, talkIds[3]!).format = 'keynote'
      await build('broken', broken, { fails: true })

      const rebuilt = await build('changed', documents)
      expect(rebuilt.output).toContain('Reusing the pages whose content is unchanged.')
      expect(reusedPages(rebuilt.output).size).toBeGreaterThan(0)
      latest = documents
      expect(existsSync(join(site, 'talks', deletedSlug))).toBe(false)
      expect(existsSync(join(site, 'talks', oldSlug))).toBe(false)
      expect(existsSync(join(site, 'talks', newSlug, 'index.html'))).toBe(true)

      const full = await build('changed-full', documents, { full: true })
      expect(await differences(rebuilt.dir, full.dir)).toEqual([])
    },
  )

  test('a change of the site URL in the configuration renders every page again', { timeout: 120_000 }, async () => {
    const rebuilt = await build('moved', latest, { env: { SITE_URL: 'https://recaps.autre-adresse.example' } })
    expect(rebuilt.output).toMatch(/Pages: 0 of the \d+ with a cache key reused/)
    expect(await readFile(join(site, 'index.html'), 'utf8')).toContain('https://recaps.autre-adresse.example/')
  })
})
