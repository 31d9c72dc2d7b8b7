import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatasetFileSource } from '@weshare/content'
import sharp from 'sharp'
import { extract, list } from 'tar'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ExportedAsset } from './export-archive.ts'
import { EXPORT_NAME, writeExportOfSize, writeImageExport, type ImageExport } from './image-export.ts'
import { IMAGE_SIZES } from './synthetic-images.ts'

const TALKS = 24
const EVERY = 5
const workDir = await mkdtemp(join(tmpdir(), 'weshare-'))
afterAll(() => rm(workDir, { recursive: true, force: true }), 60_000)

/** Every `_sanityAsset` value in a document, with the path of the field holding it. */
function sanityAssetsOf(value: unknown, path = ''): Array<{ path: string; asset: string }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => sanityAssetsOf(item, `${path}[${index}]`))
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) =>
    key === '_sanityAsset' ? [{ path, asset: String(child) }] : sanityAssetsOf(child, path ? `${path}.${key}` : key),
  )
}

async function unpack(file: string, into: string): Promise<string[]> {
  const entries: string[] = []
  await list({ file, onReadEntry: (entry) => entries.push(entry.path) })
  await extract({ file, cwd: into })
  return entries
}

describe('an export archive with images', () => {
  let made: ImageExport
  let withoutImages = ''
  let entries: string[]
  const unpacked = join(workDir, 'unpacked')
  const folder = join(unpacked, EXPORT_NAME)

  beforeAll(async () => {
    made = await writeImageExport(join(workDir, 'export.tar.gz'), {
      talks: TALKS,
      every: EVERY,
      withoutImages: async (ndjson) => void (withoutImages = ndjson),
    })
    await mkdir(unpacked)
    entries = await unpack(made.archive.file, unpacked)
  }, 180_000)

  test('is laid out as `sanity dataset export` writes it, data.ndjson first', () => {
    expect(entries[0]).toBe(`${EXPORT_NAME}/data.ndjson`)
    expect(entries).toContain(`${EXPORT_NAME}/assets.json`)
    const images = entries.filter((entry) => entry.startsWith(`${EXPORT_NAME}/images/`) && !entry.endsWith('/'))
    expect(images.length).toBe(made.archive.images)
    for (const image of images) expect(image).toMatch(/\/images\/[0-9a-f]{40}-\d+x\d+\.(jpg|png)$/)
  })

  test('gives every speaker an avatar, every session a cover and one talk in N a figure', async () => {
    const documents = (await readFile(join(folder, 'data.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    const ofType = (type: string) => documents.filter((document) => document._type === type)
    expect(ofType('speaker').every((speaker) => sanityAssetsOf(speaker.avatar).length === 1)).toBe(true)
    expect(ofType('session').every((session) => sanityAssetsOf(session.cover).length === 1)).toBe(true)
    const figures = ofType('talk').map((talk) => sanityAssetsOf(talk.body).length)
    expect(figures.filter((count) => count === 1)).toHaveLength(Math.ceil(TALKS / EVERY))
    expect(figures.every((count, index) => count === (index % EVERY === 0 ? 1 : 0))).toBe(true)
    expect(made.images).toMatchObject({
      avatars: ofType('speaker').length,
      covers: ofType('session').length,
      figures: Math.ceil(TALKS / EVERY),
    })
  })

  test('points every _sanityAsset at a file of the archive whose name is its SHA-1 and its size', async () => {
    const documents = (await readFile(join(folder, 'data.ndjson'), 'utf8')).trim().split('\n')
    const references = documents.flatMap((line) => sanityAssetsOf(JSON.parse(line)))
    expect(references.length).toBe(made.images.avatars + made.images.covers + made.images.figures)
    for (const { path, asset } of references) {
      const match = /^image@file:\/\/\.\/(images\/([0-9a-f]{40})-(\d+)x(\d+)\.(jpg|png))$/.exec(asset)
      expect(match, `${path}: ${asset}`).not.toBeNull()
      const [, file, sha1, width, height] = match as unknown as string[]
      const bytes = await readFile(join(folder, file as string))
      expect(createHash('sha1').update(bytes).digest('hex')).toBe(sha1)
      const metadata = await sharp(bytes).metadata()
      expect([metadata.width, metadata.height]).toEqual([Number(width), Number(height)])
    }
  })

  test('holds images that are all different, at the sizes of real uploads', async () => {
    const files = await readdir(join(folder, 'images'))
    const sha1s = files.map((file) => file.slice(0, 40))
    expect(new Set(sha1s).size).toBe(made.images.avatars + made.images.covers + made.images.figures)
    const sizes = new Set(files.map((file) => /-(\d+x\d+\.\w+)$/.exec(file)?.[1]))
    const { photo, avatar, diagram } = IMAGE_SIZES
    expect(sizes).toEqual(
      new Set([
        `${photo.width}x${photo.height}.jpg`,
        `${avatar.width}x${avatar.height}.jpg`,
        `${diagram.width}x${diagram.height}.png`,
      ]),
    )
    const photoBytes = made.archive.imageBytes / files.length
    expect(photoBytes).toBeGreaterThan(50_000)
    expect(photoBytes).toBeLessThan(1_000_000)
  })

  test('describes each file in assets.json, keyed image-<sha1>, with its dimensions and LQIP', async () => {
    const assets = JSON.parse(await readFile(join(folder, 'assets.json'), 'utf8')) as Record<string, ExportedAsset>
    const files = await readdir(join(folder, 'images'))
    expect(Object.keys(assets).sort()).toEqual(files.map((file) => `image-${file.slice(0, 40)}`).sort())
    for (const file of files) {
      const asset = assets[`image-${file.slice(0, 40)}`] as ExportedAsset
      const [width, height] = (/-(\d+)x(\d+)\./.exec(file) ?? []).slice(1).map(Number)
      expect(asset.metadata.dimensions).toMatchObject({ width, height })
      expect(asset.metadata.lqip).toMatch(/^data:image\/jpeg;base64,/)
      expect(asset.size).toBe((await readFile(join(folder, 'images', file))).length)
    }
  })

  test('has the same documents as the dataset given without images, image fields apart', () => {
    const before = withoutImages.trim().split('\n')
    expect(before).toHaveLength(made.dataset.documents.length)
    expect(before.every((line) => !line.includes('_sanityAsset'))).toBe(true)
  })

  test('is read by the content layer as the site reads it, every image resolved to its asset', async () => {
    const source = await DatasetFileSource.fromFile(made.archive.file, undefined, {
      cacheDir: join(workDir, 'image-cache'),
    })
    expect(source.problems).toEqual([])
    expect(await source.fetch('count(*[_type != "sanity.imageAsset"])')).toBe(made.dataset.documents.length)
    expect(await source.fetch('count(*[_type == "sanity.imageAsset"])')).toBe(made.archive.images)
    const avatars = (await source.fetch('*[_type == "speaker"].avatar.asset->metadata.dimensions.width')) as number[]
    expect(avatars).toHaveLength(made.images.avatars)
    expect(new Set(avatars)).toEqual(new Set([IMAGE_SIZES.avatar.width]))
  })
})

test('an export of a given size holds images weighing about that much, and more figures than talks', async () => {
  const file = join(workDir, 'sized.tar.gz')
  const { archive, images } = await writeExportOfSize(file, { bytes: 12_000_000, talks: 4 })
  expect(archive.imageBytes).toBeGreaterThanOrEqual(12_000_000)
  expect(archive.bytes).toBeGreaterThan(archive.imageBytes * 0.95)
  expect(archive.bytes).toBeLessThan(12_000_000 * 1.2)
  expect(images.figures).toBeGreaterThan(4)
  expect(existsSync(join(workDir, `${EXPORT_NAME}.staging`)), 'the staging folder is removed').toBe(false)
}, 180_000)
