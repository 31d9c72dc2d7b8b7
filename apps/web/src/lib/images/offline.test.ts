import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pictureFor, shareImageFor, type ResolvedImage } from './index.ts'
import { imageQueue } from './queue.ts'

/*
 * The offline path: a dataset export's file encoded at build. The source drawn here has four
 * coloured quarters, so that what a file shows can be read back from its pixels.
 */

const RED = { r: 220, g: 30, b: 30 }
const GREEN = { r: 30, g: 200, b: 60 }
const BLUE = { r: 30, g: 60, b: 220 }
const YELLOW = { r: 240, g: 220, b: 20 }

let dir: string
let source: string
const HASH = 'f3c1d2a4b5e6f708192a3b4c5d6e7f8091a2b3c4'

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'weshare-'))
  source = join(dir, `${HASH}-800x400.png`)
  const quarter = (colour: typeof RED) => ({
    create: { width: 400, height: 200, channels: 3 as const, background: colour },
  })
  await sharp({ create: { width: 800, height: 400, channels: 3, background: RED } })
    .composite([
      { input: await sharp(quarter(GREEN)).png().toBuffer(), left: 400, top: 0 },
      { input: await sharp(quarter(BLUE)).png().toBuffer(), left: 0, top: 200 },
      { input: await sharp(quarter(YELLOW)).png().toBuffer(), left: 400, top: 200 },
    ])
    .png()
    .toFile(source)
  imageQueue().open(join(dir, 'cache'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const fileImage = (frame: Pick<ResolvedImage, 'crop' | 'hotspot'> = {}, file = source): ResolvedImage => ({
  _type: 'image',
  alt: 'Quatre quarts de couleur',
  ...frame,
  asset: {
    _id: `image-${HASH}-800x400-png`,
    url: pathToFileURL(file).href,
    metadata: { dimensions: { width: 800, height: 400 }, lqip: 'data:image/png;base64,AAAA' },
  },
})

const namesOf = (srcset: string) => srcset.split(', ').map((candidate) => candidate.split(' ')[0]!)

/** The colour at (x, y), as fractions of the file's size, once the queue has made it. */
async function colourAt(path: string, x: number, y: number) {
  const outcome = await imageQueue().outcome(path.replace('/_images/', ''))
  if (outcome?.status === 'failed') throw outcome.error
  const file = join(dir, 'cache', path.replace('/_images/', ''))
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const offset = (Math.floor(y * (info.height - 1)) * info.width + Math.floor(x * (info.width - 1))) * 3
  return { r: data[offset]!, g: data[offset + 1]!, b: data[offset + 2]!, width: info.width, height: info.height }
}

const near = (colour: typeof RED) => ({
  r: expect.toSatisfy((r: number) => Math.abs(r - colour.r) < 24),
  g: expect.toSatisfy((g: number) => Math.abs(g - colour.g) < 24),
  b: expect.toSatisfy((b: number) => Math.abs(b - colour.b) < 24),
})

describe('pictureFor on the offline path', () => {
  test('offers AVIF and WebP sources and a PNG fallback for a PNG source, at the same widths', () => {
    const picture = pictureFor(fileImage(), 'figure')
    expect(picture.sources.map((entry) => entry.type)).toEqual(['image/avif', 'image/webp'])
    for (const entry of [...picture.sources.map((item) => item.srcset), picture.img.srcset]) {
      expect(entry.split(', ').map((candidate) => candidate.split(' ')[1])).toEqual(['360w', '480w', '672w', '800w'])
    }
    expect(namesOf(picture.sources[0]!.srcset).every((name) => /^\/_images\/[\w-]+\.avif$/.test(name))).toBe(true)
    expect(picture.img.src).toMatch(/^\/_images\/f3c1d2a4b5e6-672x336-[\w-]+\.png$/)
    expect(picture.img).toMatchObject({ width: 672, height: 336 })
    expect(picture.placeholder).toBe('data:image/png;base64,AAAA')
  })

  test('falls back to JPEG for a PNG that Sanity measured as opaque', () => {
    const image = fileImage()
    Object.assign(image.asset.metadata, { isOpaque: true })
    const picture = pictureFor(image, 'figure')
    expect(picture.img.src).toMatch(/\.jpg$/)
    expect(picture.sources.map((entry) => entry.srcset.split(' ')[0])).toEqual([
      expect.stringMatching(/\.avif$/),
      expect.stringMatching(/\.webp$/),
    ])
  })

  test('gives the same names to the same image, and different ones when the crop, width or format differ', () => {
    const first = pictureFor(fileImage(), 'figure')
    const again = pictureFor(fileImage(), 'figure')
    expect(again).toEqual(first)
    const cropped = pictureFor(fileImage({ crop: { top: 0, bottom: 0, left: 0.1, right: 0 } }), 'figure')
    const all = (picture: typeof first) => [
      ...picture.sources.flatMap((s) => namesOf(s.srcset)),
      ...namesOf(picture.img.srcset),
    ]
    expect(new Set(all(first)).size).toBe(all(first).length)
    for (const name of all(cropped)) expect(all(first)).not.toContain(name)
  })

  test('does not rename the files for a hotspot that does not change what a free-framed image shows', () => {
    const plain = pictureFor(fileImage(), 'figure')
    const spotted = pictureFor(fileImage({ hotspot: { x: 0.2, y: 0.3, width: 0.2, height: 0.2 } }), 'figure')
    expect(spotted.img.srcset).toBe(plain.img.srcset)
  })

  test("encodes the editor's crop: only the top right quarter, green, is left", async () => {
    const picture = pictureFor(fileImage({ crop: { top: 0, bottom: 0.5, left: 0.5, right: 0 } }), 'figure')
    expect(picture.img).toMatchObject({ width: 400, height: 200 })
    for (const name of [...namesOf(picture.img.srcset), ...namesOf(picture.sources[0]!.srcset)]) {
      for (const [x, y] of [
        [0.05, 0.05],
        [0.95, 0.95],
        [0.5, 0.5],
      ] as const) {
        expect(await colourAt(name, x, y)).toMatchObject(near(GREEN))
      }
    }
  })

  test('frames a square avatar around the hotspot: the right half, green above yellow', async () => {
    const picture = pictureFor(fileImage({ hotspot: { x: 0.9, y: 0.5, width: 0.1, height: 0.1 } }), 'avatar')
    const name = namesOf(picture.sources[1]!.srcset).at(-1)!
    const top = await colourAt(name, 0.5, 0.1)
    expect(top).toMatchObject({ width: 256, height: 256, ...near(GREEN) })
    expect(await colourAt(name, 0.5, 0.9)).toMatchObject(near(YELLOW))
  })

  test('makes a 1200×630 link preview of the image', async () => {
    const share = shareImageFor(fileImage({ hotspot: { x: 0.5, y: 0.9, width: 0.2, height: 0.1 } }))
    expect(share).toMatchObject({ width: 1200, height: 630, alt: 'Quatre quarts de couleur' })
    expect(share.path).toMatch(/^\/_images\/.+-1200x630-.+\.png$/)
    const corner = await colourAt(share.path, 0.02, 0.98)
    expect(corner).toMatchObject({ width: 1200, height: 630, ...near(BLUE) })
  })

  test('fails the file, naming the source file, when it does not exist', async () => {
    const missing = join(dir, 'absente.png')
    const picture = pictureFor(fileImage({}, missing), 'avatar-small')
    const outcome = await imageQueue().outcome(picture.img.src.replace('/_images/', ''))
    expect(outcome?.status).toBe('failed')
    expect(outcome?.status === 'failed' && outcome.error.message).toContain(missing)
  })
})
