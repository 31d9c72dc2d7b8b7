import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SAMPLE_DATASET_FILE, readDatasetFile } from '@weshare/content'
import { decodeSanityNodeData, type SanityNode } from '@sanity/visual-editing-csm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { srcsetUrls, startTags } from './harness/html.ts'
import { datasetFileEnv, runBuild, siteText } from './harness/site.ts'
import { copySampleImages } from './harness/sample-images.ts'

/*
 * The editors' preview and the public site, built from one dataset that holds drafts: the preview
 * shows the drafts, says so, stays out of search engines and carries click-to-edit attributes; the
 * public site carries none of it.
 */

const DRAFT_TITLE = 'Titre retravaillé dans un brouillon'
const BANNER = 'Aperçu — contenu non publié'
type Doc = Record<string, unknown> & { _id: string; _type: string }

let work: string
let dataset: string
let talk: Doc
let speakerOfTalk: string
let preview: Map<string, string>
let published: Map<string, string>

/** `npm run build:preview`'s own command, into `out`. */
const runPreviewBuild = (out: string, env: NodeJS.ProcessEnv) => runBuild(out, env, ['--preview'])

async function writeDataset(name: string, documents: Doc[]): Promise<string> {
  const file = join(work, name)
  await writeFile(file, documents.map((doc) => JSON.stringify(doc)).join('\n'))
  return file
}

// Two builds, the first of a run encoding the sample's images: longer than one hook's default.
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'weshare-preview-'))
  await copySampleImages(work)
  const documents = (await readDatasetFile(SAMPLE_DATASET_FILE)) as Doc[]
  talk = documents.find((doc) => doc._type === 'talk')!
  speakerOfTalk = (talk.speakers as Array<{ _ref: string }>)[0]!._ref
  documents.push({ ...talk, _id: `drafts.${talk._id}`, title: DRAFT_TITLE })
  dataset = await writeDataset('with-draft.ndjson', documents)
  const previewDir = join(work, 'preview')
  const publicDir = join(work, 'public')
  const [previewBuild, publicBuild] = [
    await runPreviewBuild(previewDir, datasetFileEnv(dataset)),
    // A variable left over from a preview must not turn the public build into one.
    await runBuild(publicDir, { ...datasetFileEnv(dataset), WESHARE_PREVIEW: '1' }),
  ]
  if (previewBuild.code !== 0) throw new Error(`The preview build failed:\n${previewBuild.output}`)
  if (publicBuild.code !== 0) throw new Error(`The public build failed:\n${publicBuild.output}`)
  preview = siteText(previewDir)
  published = siteText(publicDir)
}, 300_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

const pages = (files: Map<string, string>) => [...files].filter(([path]) => path.endsWith('.html'))
const talkPage = (files: Map<string, string>) =>
  files.get(`talks/${(talk.slug as { current: string }).current}/index.html`)!

/** Every `data-sanity` attribute of a page, decoded. */
function editTargets(html: string): SanityNode[] {
  return [...html.matchAll(/data-sanity="([^"]*)"/g)].map((match) => {
    const decoded = decodeSanityNodeData(match[1]!.replaceAll('&amp;', '&').replaceAll('&quot;', '"'))
    if (!decoded || !('id' in decoded)) throw new Error(`data-sanity="${match[1]}" does not decode to a document field`)
    return decoded
  })
}

describe('the preview build', () => {
  test('shows the draft in place of the published talk', () => {
    expect(talkPage(preview)).toContain(DRAFT_TITLE)
  })

  test('marks every page noindex, nofollow and shows the banner with the time of its content', () => {
    expect(pages(preview).length).toBeGreaterThan(20)
    for (const [path, html] of pages(preview)) {
      expect(html, path).toContain('<meta name="robots" content="noindex, nofollow">')
      expect(html, path).toContain(BANNER)
      expect(html, path).toMatch(
        /contenu lu le <time datetime="\d{4}-\d\d-\d\dT[^"]+"[^>]*>\d{1,2} \S+ \d{4} à \d\d:\d\d<\/time>/,
      )
    }
  })

  test('has no sitemap and no feed, keeps crawlers out, and has a search index of its own holding the draft', () => {
    const paths = [...preview.keys()]
    expect(paths.filter((path) => path.startsWith('sitemap') || path === 'rss.xml')).toEqual([])
    expect(preview.get('robots.txt')).toBe('User-agent: *\nDisallow: /\n')
    const index = paths.filter((path) => path.startsWith('pagefind/fragment/'))
    expect(index.some((path) => preview.get(path)!.includes(DRAFT_TITLE))).toBe(true)
  })

  test('lets editors click a title, a recap and a speaker name to edit that field of that document', () => {
    const targets = editTargets(talkPage(preview))
    expect(targets).toContainEqual(expect.objectContaining({ id: talk._id, type: 'talk', path: 'title' }))
    expect(targets).toContainEqual(expect.objectContaining({ id: talk._id, type: 'talk', path: 'body' }))
    expect(targets).toContainEqual(expect.objectContaining({ id: speakerOfTalk, type: 'speaker', path: 'name' }))
    for (const target of targets) expect(target.baseUrl).toBeTruthy()
  })

  test('marks the intro and the talks of a session page', () => {
    const session = [...preview].find(([path]) => path.startsWith('sessions/') && path.endsWith('index.html'))![1]
    const targets = editTargets(session)
    expect(targets.some((target) => target.type === 'session' && target.path === 'intro')).toBe(true)
    expect(targets).toContainEqual(expect.objectContaining({ id: talk._id, type: 'talk', path: 'title' }))
  })

  test('shows the images with their files, and lets editors click the cover and an avatar to edit that field', () => {
    const [, session] = [...preview].find(([path]) => /^sessions\/[^/]+\/index\.html$/.test(path))!
    const [, speaker] = [...preview].find(
      ([path, html]) => path.startsWith('speakers/') && html.includes('<picture class="avatar"'),
    )!
    const targets = [...editTargets(session), ...editTargets(speaker)]
    expect(targets.some((target) => target.type === 'session' && target.path === 'cover')).toBe(true)
    expect(targets.some((target) => target.type === 'speaker' && target.path === 'avatar')).toBe(true)
    const files = [session, speaker].flatMap((html) =>
      startTags(html).flatMap(({ name, attributes }) =>
        name === 'img' || name === 'source' ? srcsetUrls(attributes.get('srcset') ?? '') : [],
      ),
    )
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) expect(preview.has(file.slice(1)), file).toBe(true)
  })

  test('loads the overlay script, which is built into the preview', () => {
    expect(talkPage(preview)).toContain('<script type="module" src="/_preview/visual-editing.js"></script>')
    expect(preview.get('_preview/visual-editing.js')?.length).toBeGreaterThan(1000)
  })

  test('fails with the content report when a draft cannot be published', async () => {
    const documents = (await readDatasetFile(dataset)) as Doc[]
    documents.push({ ...talk, _id: `drafts.${talk._id}`, title: '   ' })
    const broken = await writeDataset(
      'broken-draft.ndjson',
      documents.filter((doc) => doc.title !== DRAFT_TITLE),
    )
    const { code, output } = await runPreviewBuild(join(work, 'broken'), datasetFileEnv(broken))
    expect(code).not.toBe(0)
    expect(output).toMatch(new RegExp(`ERREUR Talk .*\\(id ${talk._id}\\) · title : le titre est vide`))
    expect(existsSync(join(work, 'broken', 'index.html'))).toBe(false)
  })
})

describe('the public build from the same dataset', () => {
  const markers = [DRAFT_TITLE, BANNER, 'noindex, nofollow', 'data-sanity', '_preview', 'weshare-preview-status']

  test.each(markers)('holds no %s in any file', (marker) => {
    expect([...published].filter(([, text]) => text.includes(marker)).map(([path]) => path)).toEqual([])
  })

  test('still has its sitemap and feed', () => {
    expect(published.has('rss.xml')).toBe(true)
    expect(published.has('sitemap-index.xml')).toBe(true)
  })
})
