import { createHash } from 'node:crypto'
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ResolvedImage } from '@weshare/schema'
import sharp from 'sharp'
import { create } from 'tar'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ContentValidationError, loadContent } from '../load-content.ts'
import { SAMPLE_DATASET_FILE } from '../source-from-env.ts'
import { writeExportArchive } from '../testing/export-archive.ts'
import { DatasetFileSource } from './dataset-file-source.ts'

const SEED = dirname(SAMPLE_DATASET_FILE)
/** The sample's images: where they are shown, and the size each was drawn at. */
const SAMPLE_IMAGES = {
  'session weshare-fevrier-mars-2023 cover': [1600, 900],
  'speaker benoit avatar': [512, 512],
  'speaker guillaume avatar': [600, 800],
  'speaker ismael avatar': [512, 512],
  'speaker ronan avatar': [512, 512],
  'talk mimir body': [1300, 740],
}

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'weshare-read-dataset-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

let folders = 0
/** A copy of the sample as an unpacked export (data.ndjson, images/, assets.json), changed by `edit`. */
async function exportFolder(edit: (folder: string) => Promise<void> = async () => {}): Promise<string> {
  const folder = join(work, `export-${(folders += 1)}`)
  await cp(join(SEED, 'images'), join(folder, 'images'), { recursive: true })
  await cp(join(SEED, 'assets.json'), join(folder, 'assets.json'))
  await cp(SAMPLE_DATASET_FILE, join(folder, 'data.ndjson'))
  await edit(folder)
  return folder
}

async function imagesOf(file: string, cacheDir: string): Promise<Record<string, ResolvedImage>> {
  const { content } = await loadContent(await DatasetFileSource.fromFile(file, undefined, { cacheDir }))
  const found: Record<string, ResolvedImage> = {}
  for (const session of content.sessions) if (session.cover) found[`session ${session.slug} cover`] = session.cover
  for (const speaker of content.speakers) if (speaker.avatar) found[`speaker ${speaker.slug} avatar`] = speaker.avatar
  for (const talk of content.talks) {
    for (const block of talk.body) if (block._type === 'image') found[`talk ${talk.slug} body`] = block
  }
  return found
}

async function problemLines(file: string): Promise<string[]> {
  const failure = await imagesOf(file, join(work, 'cache-problems')).catch((error: unknown) => error)
  expect(failure).toBeInstanceOf(ContentValidationError)
  return (failure as ContentValidationError).message.split('\n').slice(1)
}

const sha1 = async (file: string) =>
  createHash('sha1')
    .update(await readFile(file))
    .digest('hex')

/** Every file under a folder with its modification time. */
async function filesIn(folder: string): Promise<Record<string, number>> {
  const names = await readdir(folder, { recursive: true })
  const files: Record<string, number> = {}
  for (const name of names) {
    const stats = await stat(join(folder, name))
    if (stats.isFile()) files[name] = stats.mtimeMs
  }
  return files
}

describe('the images of a dataset file', () => {
  test('resolve the same from the NDJSON, the unpacked export folder and the export archive', async () => {
    const folder = await exportFolder()
    const archive = join(work, 'sample-export.tar.gz')
    await writeExportArchive({ ndjsonFile: SAMPLE_DATASET_FILE, outFile: archive })
    const cacheDir = join(work, 'cache-same')
    const paths = {
      ndjson: await imagesOf(SAMPLE_DATASET_FILE, cacheDir),
      folder: await imagesOf(folder, cacheDir),
      archive: await imagesOf(archive, cacheDir),
    }
    for (const [path, images] of Object.entries(paths)) {
      expect(Object.keys(images).sort(), path).toEqual(Object.keys(SAMPLE_IMAGES).sort())
      for (const [place, [width, height]] of Object.entries(SAMPLE_IMAGES)) {
        const image = images[place]!
        expect(image.asset.metadata.dimensions, `${path}: ${place}`).toEqual({ width, height })
        expect(image.asset.metadata.lqip, `${path}: ${place}`).toMatch(/^data:image\/jpeg;base64,/)
        expect(image.asset.url, `${path}: ${place}`).toMatch(/^file:\/\//)
        const file = fileURLToPath(image.asset.url)
        expect(await sha1(file), `${path}: ${place} is the file its id names`).toBe(image.asset._id.split('-')[1])
        expect(image.asset._id).toMatch(new RegExp(`-${width}x${height}-png$`))
        // Everything but where the file lies is the same on the three paths.
        expect({ ...image, asset: { ...image.asset, url: '' } }).toEqual({
          ...paths.ndjson[place],
          asset: { ...paths.ndjson[place]!.asset, url: '' },
        })
      }
    }
    expect(fileURLToPath(paths.ndjson['speaker benoit avatar']!.asset.url)).toMatch(/^.*studio\/seed\/images\//)
    expect(fileURLToPath(paths.folder['speaker benoit avatar']!.asset.url).startsWith(folder)).toBe(true)
    expect(fileURLToPath(paths.archive['speaker benoit avatar']!.asset.url).startsWith(cacheDir)).toBe(true)
    expect(paths.ndjson['speaker benoit avatar']!.asset.originalFilename).toBe('benoit.png')
    expect(paths.ndjson['talk mimir body']!.caption).toBe(
      'Le chemin des métriques dans Mimir, de Prometheus à Grafana.',
    )
    expect(paths.ndjson['speaker guillaume avatar']!.hotspot).toEqual({ x: 0.5, y: 0.38, width: 0.5, height: 0.4 })
  })

  test('are extracted from an archive once: reading it again writes no file', async () => {
    const archive = join(work, 'twice.tar.gz')
    await writeExportArchive({ ndjsonFile: SAMPLE_DATASET_FILE, outFile: archive })
    const cacheDir = join(work, 'cache-twice')
    await imagesOf(archive, cacheDir)
    const first = await filesIn(cacheDir)
    expect(Object.keys(first)).toHaveLength(6)
    await imagesOf(archive, cacheDir)
    expect(await filesIn(cacheDir)).toEqual(first)
  })

  test('get a placeholder generated once when assets.json has none', async () => {
    const folder = await exportFolder((at) => rm(join(at, 'assets.json')))
    const cacheDir = join(work, 'cache-lqip')
    const images = await imagesOf(folder, cacheDir)
    expect(images['speaker benoit avatar']?.asset.metadata.lqip).toMatch(/^data:image\/jpeg;base64,/)
    expect(images['speaker benoit avatar']?.asset.originalFilename).toMatch(/-512x512\.png$/)
    const kept = await filesIn(cacheDir)
    expect(Object.keys(kept).filter((name) => name.startsWith('lqip/'))).toHaveLength(6)
    await imagesOf(folder, cacheDir)
    expect(await filesIn(cacheDir)).toEqual(kept)
  })

  test('say whether a file is opaque, measuring it when assets.json does not', async () => {
    // The avatar of benoit made transparent: a PNG whose alpha channel is used, with the same size.
    const folder = await exportFolder(async (at) => {
      await rm(join(at, 'assets.json'))
      const [avatar] = (await readdir(join(at, 'images'))).filter((name) => name.startsWith('f2f9b331'))
      const transparent = await sharp({
        create: { width: 512, height: 512, channels: 4, background: { r: 200, g: 80, b: 20, alpha: 0.5 } },
      })
        .png()
        .toBuffer()
      await writeFile(join(at, 'images', avatar!), transparent)
    })
    const measured = await imagesOf(folder, join(work, 'cache-opaque'))
    expect(measured['speaker benoit avatar']?.asset.metadata.isOpaque).toBe(false)
    expect(measured['speaker ismael avatar']?.asset.metadata.isOpaque).toBe(true)
    const exported = await imagesOf(await exportFolder(), join(work, 'cache-opaque'))
    expect(Object.values(exported).map((image) => image.asset.metadata.isOpaque)).toEqual(
      Object.keys(SAMPLE_IMAGES).map(() => true),
    )
  })

  test('fail the build naming document, field and file when a file is missing', async () => {
    const folder = await exportFolder(async (at) => {
      const [avatar] = (await readdir(join(at, 'images'))).filter((name) => name.startsWith('f2f9b331'))
      await rm(join(at, 'images', avatar!))
    })
    expect(await problemLines(folder)).toEqual([
      expect.stringMatching(
        /^ERREUR Intervenant "benoit" \(id speaker-benoit\) · avatar : le fichier d'image images\/f2f9b331[0-9a-f]+-512x512\.png est absent de l'export .*export-\d+ : exportez à nouveau le dataset/,
      ),
    ])
  })

  test('fail the build naming document, field and file when a file is damaged or not an image', async () => {
    const folder = await exportFolder(async (at) => {
      const names = await readdir(join(at, 'images'))
      const cover = names.find((name) => name.endsWith('-1600x900.png'))!
      const diagram = names.find((name) => name.endsWith('-1300x740.png'))!
      const bytes = await readFile(join(at, 'images', cover))
      await writeFile(join(at, 'images', cover), bytes.subarray(0, 40))
      await writeFile(join(at, 'images', diagram), "Ceci n'est pas une image.\n")
    })
    const lines = await problemLines(folder)
    expect(lines).toHaveLength(2)
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^ERREUR Édition "weshare-fevrier-mars-2023" \(id session-weshare-fevrier-mars-2023\) · cover : le fichier images\/[0-9a-f]+-1600x900\.png n'est pas une image lisible/,
        ),
        expect.stringMatching(
          /^ERREUR Talk "mimir" \(id talk-mimir\) · body\[1\] : le fichier images\/[0-9a-f]+-1300x740\.png n'est pas une image lisible/,
        ),
      ]),
    )
  })

  test('fail the build when a file does not have the size its name gives', async () => {
    const folder = await exportFolder(async (at) => {
      const names = await readdir(join(at, 'images'))
      const portrait = names.find((name) => name.endsWith('-600x800.png'))!
      const square = names.find((name) => name.startsWith('f2f9b331'))!
      await cp(join(at, 'images', square), join(at, 'images', portrait))
    })
    expect(await problemLines(folder)).toEqual([
      expect.stringMatching(
        /^ERREUR Intervenant "guillaume" \(id speaker-guillaume\) · avatar : le fichier images\/[0-9a-f]+-600x800\.png mesure 512×512 pixels alors que son nom annonce 600×800/,
      ),
    ])
  })

  test('refuse a remote image and a file that is no image, naming document and field', async () => {
    const folder = await exportFolder(async (at) => {
      const data = (await readFile(join(at, 'data.ndjson'), 'utf8'))
        .replace(/image@file:\/\/\.\/images\/f2f9b331[0-9a-f]+-512x512\.png/, 'image@https://example.com/benoit.png')
        .replace(/image@file:\/\/\.\/images\/9ec1a832[0-9a-f]+-512x512\.png/, 'file@file://./files/ismael.pdf')
      await writeFile(join(at, 'data.ndjson'), data)
    })
    const lines = await problemLines(folder)
    expect(lines).toHaveLength(2)
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^ERREUR Intervenant "benoit" \(id speaker-benoit\) · avatar : l'image est une adresse distante \(https:\/\/example\.com\/benoit\.png\)/,
        ),
        expect.stringMatching(
          /^ERREUR Intervenant "ismael" \(id speaker-ismael\) · avatar : le champ attend une image mais renvoie à un fichier/,
        ),
      ]),
    )
  })

  test('fail the build naming the file when an archive lacks an image its documents use', async () => {
    const folder = await exportFolder()
    const archive = join(work, 'missing-image.tar.gz')
    const images = (await readdir(join(folder, 'images'))).filter((name) => !name.endsWith('-1300x740.png'))
    await create({ gzip: true, file: archive, cwd: dirname(folder), portable: true }, [
      join(basename(folder), 'data.ndjson'),
      join(basename(folder), 'assets.json'),
      ...images.map((name) => join(basename(folder), 'images', name)),
    ])
    expect(await problemLines(archive)).toEqual([
      expect.stringMatching(
        /^ERREUR Talk "mimir" \(id talk-mimir\) · body\[1\] : le fichier d'image images\/[0-9a-f]+-1300x740\.png est absent de l'archive .*missing-image\.tar\.gz/,
      ),
    ])
  })
})
