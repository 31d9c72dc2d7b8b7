import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createImageUrlBuilder } from '@sanity/image-url'
import { SAMPLE_DATASET_FILE } from '@weshare/content'
import { sampleContentLakeDocuments, startQueryApiServer, writeExportArchive } from '@weshare/content/testing'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { imagesOf, imageUrls, metaOf, offlineImageProblems } from './harness/images.ts'
import { sampleImageFields, type ImageField } from './harness/sample-images.ts'
import { builtSite, datasetFileEnv, filesOf, htmlRoutes, runBuild } from './harness/site.ts'

/*
 * Where images come from: the export archive of the sample, a dataset whose image file is missing
 * or broken, and the Content Lake (through the loopback stand-in of its Query API), each built with
 * the build task's own script.
 */

const SAMPLE_FOLDER = dirname(SAMPLE_DATASET_FILE)

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'weshare-image-sources-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

async function build(out: string, env: NodeJS.ProcessEnv) {
  const result = await runBuild(out, env)
  if (result.code !== 0) throw new Error(`The site build failed (exit ${result.code}):\n${result.output}`)
  return out
}

/** The image URLs of each page of a build, to compare two builds of the same content. */
async function imageUrlsByRoute(dist: string): Promise<Map<string, string[]>> {
  const byRoute = new Map<string, string[]>()
  for (const image of await imagesOf(dist))
    byRoute.set(image.route, [...(byRoute.get(image.route) ?? []), ...imageUrls(image)])
  return byRoute
}

/** The sample dataset copied with its images and assets.json, for a test to break one of them. */
async function copyOfSample(name: string): Promise<string> {
  const folder = join(scratch, name)
  await mkdir(folder, { recursive: true })
  await cp(SAMPLE_DATASET_FILE, join(folder, 'sample.ndjson'))
  await cp(join(SAMPLE_FOLDER, 'assets.json'), join(folder, 'assets.json'))
  await cp(join(SAMPLE_FOLDER, 'images'), join(folder, 'images'), { recursive: true })
  return folder
}

async function snapshot(dir: string): Promise<string> {
  const hash = createHash('sha256')
  for (const file of await filesOf(dir)) hash.update(file).update(await readFile(file))
  return hash.digest('hex')
}

describe('a build from the export archive of the sample', () => {
  let dist: string
  beforeAll(async () => {
    const archive = join(scratch, 'weshare.tar.gz')
    await writeExportArchive({ ndjsonFile: SAMPLE_DATASET_FILE, outFile: archive })
    dist = await build(join(scratch, 'from-archive'), datasetFileEnv(archive))
  })

  test('has alt text, a size and a srcset whose files the build holds on every image', async () => {
    const images = await imagesOf(dist)
    expect(images.length).toBeGreaterThan(0)
    const problems = images.flatMap((image) => offlineImageProblems(dist, image))
    expect(problems, problems.join('\n')).toEqual([])
  })

  test('shows the same image files on the same pages as the build from the dataset file', async () => {
    expect(await imageUrlsByRoute(dist)).toEqual(await imageUrlsByRoute(builtSite()))
  })
})

describe('an image file the dataset cannot provide', () => {
  let fields: ImageField[]
  beforeAll(async () => {
    fields = await sampleImageFields(SAMPLE_DATASET_FILE)
  })

  const breakings = {
    'missing from the images folder': (file: string) => unlink(file),
    'that is not an image': (file: string) => writeFile(file, 'Ceci n’est pas une image.\n'),
  }

  test.for(Object.entries(breakings))(
    'fails the build, names the document, the field and the file, and leaves the published site as it was, for a file %s',
    async ([name, breakFile]) => {
      const folder = await copyOfSample(name.replaceAll(' ', '-'))
      const field = fields[0]!
      await breakFile(join(folder, field.file))
      const published = join(folder, 'published', 'dist')
      await mkdir(join(published, 'talks', 'publie'), { recursive: true })
      await writeFile(join(published, 'talks', 'publie', 'index.html'), '<!doctype html><title>Publié</title>')
      const before = await snapshot(published)

      const { code, output } = await runBuild(published, datasetFileEnv(join(folder, 'sample.ndjson')))
      expect(code, output).toBe(1)
      const line = output.split('\n').find((text) => text.includes(field.documentId) && text.includes(field.path))
      expect(line, `no line of the output names ${field.documentId} and ${field.path}:\n${output}`).toBeDefined()
      expect(line).toContain(field.file.split('/').at(-1))
      expect(output).not.toMatch(/^\s+at\s.+:\d+:\d+\)?$/m)
      expect(await snapshot(published), 'the published site changed').toBe(before)
    },
  )
})

describe('a build from the Content Lake with image assets', () => {
  const projectId = 'weshare0'
  const dataset = 'production'
  let dist: string
  /** The session cover, which the sample crops. */
  let cover: ImageField

  beforeAll(async () => {
    cover = (await sampleImageFields(SAMPLE_DATASET_FILE)).find((field) => field.path === 'cover')!
    const documents = await sampleContentLakeDocuments({ projectId, dataset })
    const server = await startQueryApiServer({ documents, dataset, projectId })
    try {
      dist = await build(join(scratch, 'lake'), {
        ...process.env,
        SANITY_PROJECT_ID: projectId,
        SANITY_DATASET: dataset,
        SANITY_API_HOST: server.url,
      })
    } finally {
      await server.close()
    }
  })

  test('points every image at the Sanity CDN, in the format the browser takes, at several widths', async () => {
    const images = await imagesOf(dist)
    expect(images.length).toBeGreaterThan(0)
    for (const image of images) {
      expect(image.sources, 'the CDN chooses the format itself').toEqual([])
      for (const url of imageUrls(image)) {
        expect(url.startsWith(`https://cdn.sanity.io/images/${projectId}/${dataset}/`), url).toBe(true)
        expect(new URL(url).searchParams.get('auto'), url).toBe('format')
        expect(Number(new URL(url).searchParams.get('w')), url).toBeGreaterThan(0)
      }
      for (const name of ['alt', 'width', 'height']) expect(image.attributes.has(name), name).toBe(true)
    }
  })

  test('crops the cover through the URL, with the rectangle @sanity/image-url computes', async () => {
    const documents = await sampleContentLakeDocuments({ projectId, dataset })
    const session = documents.find((document) => document._id === cover.documentId)!
    const image = session.cover as { asset: { _ref: string }; crop: Record<string, number> }
    const expected = new URL(createImageUrlBuilder({ projectId, dataset }).image(image).width(600).url()).searchParams
    expect(expected.get('rect')).toMatch(/^\d+,\d+,\d+,\d+$/)
    // On its session page the cover keeps the editor's frame; a session card fits it to 16:9 around the hotspot.
    const shown = (await imagesOf(dist)).filter(
      (found) =>
        /^\/sessions\/[^/]+\/$/.test(found.route) && imageUrls(found).some((url) => url.includes(cover.assetName)),
    )
    expect(shown.length, `no session page shows the cropped cover ${cover.assetName}`).toBeGreaterThan(0)
    for (const url of shown.flatMap(imageUrls))
      expect(new URL(url).searchParams.get('rect'), url).toBe(expected.get('rect'))
  })

  test('gives every talk and session page an og:image', async () => {
    const routes = (await htmlRoutes(dist)).filter((route) => /^\/(talks|sessions)\/[^/]+\/$/.test(route))
    expect(routes.length).toBeGreaterThan(1)
    for (const route of routes) {
      const meta = metaOf(await readFile(join(dist, route, 'index.html'), 'utf8'))
      expect(meta.get('og:image'), route).toMatch(/^https:\/\//)
      expect(meta.get('og:image:alt'), route).toBeTruthy()
    }
  })
})
