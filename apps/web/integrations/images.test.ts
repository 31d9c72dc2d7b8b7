import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pictureFor, socialCardFor, type ResolvedImage } from '../src/lib/images/index.ts'
import { imageQueue } from '../src/lib/images/queue.ts'
import { copyIntoSite, imageCacheDir, imagesLoadedBy, publishImages, referencedImages } from './images.ts'

let dir: string
let cacheDir: string
let photo: string
const HASH = '0b1c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d4'

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'weshare-'))
  cacheDir = join(dir, 'cache-images')
  photo = join(dir, `${HASH}-300x200.jpg`)
  await sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 90, g: 140, b: 200 } } })
    .jpeg()
    .toFile(photo)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const image = (file = photo, hash = HASH): ResolvedImage => ({
  _type: 'image',
  alt: 'Une salle de conférence bleue',
  asset: {
    _id: `image-${hash}-300x200-jpg`,
    url: pathToFileURL(file).href,
    metadata: { dimensions: { width: 300, height: 200 } },
  },
})

/** A built site of one page per entry, each showing the given <img> markup. */
async function site(name: string, pages: Record<string, string>): Promise<string> {
  const dist = join(dir, name)
  for (const [path, body] of Object.entries(pages)) {
    await mkdir(join(dist, path), { recursive: true })
    await writeFile(join(dist, path, 'index.html'), `<!doctype html><html lang="fr"><body>${body}</body></html>`)
  }
  return dist
}

const img = (picture: ReturnType<typeof pictureFor>) =>
  `<picture>${picture.sources.map((source) => `<source type="${source.type}" srcset="${source.srcset}">`).join('')}` +
  `<img src="${picture.img.src}" srcset="${picture.img.srcset}" alt=""></picture>`

describe('publishImages', () => {
  test('publishes the files pages show, encoded once and reused from the cache by the next build', async () => {
    imageQueue().open(cacheDir)
    const avatar = pictureFor(image(), 'avatar')
    // Queued by a page, but not in the built HTML: not published.
    const unused = pictureFor(image(), 'cover')
    const dist = await site('first', { 'speakers/ada': img(avatar) })

    const first = await publishImages(dist, cacheDir)
    const published = (await readdir(join(dist, '_images'))).sort()
    // avatar: 128 and 192 px, and the 200 px square the photo allows (not 256), in three formats.
    expect(published).toHaveLength(3 * 3)
    expect(published.some((name) => unused.img.src.endsWith(name))).toBe(false)
    expect(first).toMatchObject({ sourceImages: 1, filesWritten: 9, filesReused: 0, cardsWritten: 0 })
    expect(first.bytesWritten).toBeGreaterThan(0)

    imageQueue().open(cacheDir)
    const again = await site('second', { 'speakers/ada': img(pictureFor(image(), 'avatar')) })
    const second = await publishImages(again, cacheDir)
    expect(second).toMatchObject({ filesWritten: 0, filesReused: 9, bytesWritten: first.bytesWritten })
    expect(await readFile(join(again, '_images', published[0]!))).toEqual(
      await readFile(join(dist, '_images', published[0]!)),
    )
  })

  test('renders the social cards pages show once, then takes them from the cache', async () => {
    const card = { title: 'Le récap en images', kind: 'Édition', speakers: [], date: 'mars 2024', siteName: 'WeShare' }
    const meta = (path: string) => `<meta property="og:image" content="https://recaps.example${path}">`
    imageQueue().open(cacheDir)
    const dist = await site('cards', { 'sessions/2024': meta(socialCardFor(card).path) })
    expect(await publishImages(dist, cacheDir)).toMatchObject({ cardsWritten: 1, cardsReused: 0, filesWritten: 0 })
    expect(await readdir(join(dist, '_images', 'cards'))).toHaveLength(1)

    imageQueue().open(cacheDir)
    const again = await site('cards-again', { 'sessions/2024': meta(socialCardFor(card).path) })
    expect(await publishImages(again, cacheDir)).toMatchObject({ cardsWritten: 0, cardsReused: 1 })
  })

  test('finds in the cache the files of a page restored without being rendered', async () => {
    imageQueue().open(cacheDir)
    const restored = pictureFor(image(), 'avatar')
    await publishImages(await site('earlier', { 'speakers/ada': img(restored) }), cacheDir)

    // The next build renders no page that names those files; the restored page still shows them.
    imageQueue().open(cacheDir)
    const dist = await site('restored', { 'speakers/ada': img(restored) })
    const report = await publishImages(dist, cacheDir)
    expect(report).toMatchObject({ filesWritten: 0, filesReused: 9, sourceImages: 1 })
    expect(existsSync(join(dist, restored.img.src))).toBe(true)
  })

  test('fails, naming the page and the missing source file, when an image cannot be read', async () => {
    imageQueue().open(cacheDir)
    const missing = join(dir, 'introuvable.jpg')
    const picture = pictureFor(image(missing, 'ffff000011112222333344445555666677778888'), 'avatar-small')
    const dist = await site('broken', { 'talks/kafka': img(picture) })
    await expect(publishImages(dist, cacheDir)).rejects.toThrow(
      new RegExp(`talks/kafka/index\\.html: /_images/\\S+ could not be made from ${missing.replaceAll('.', '\\.')}`),
    )
  })

  test('fails when a page shows a file that neither this build nor the cache has', async () => {
    imageQueue().open(cacheDir)
    const dist = await site('unknown', {
      'talks/kafka': '<img src="/_images/0123456789ab-28x28-abcdefghij.png" alt="">',
    })
    await expect(publishImages(dist, cacheDir)).rejects.toThrow(
      /talks\/kafka\/index\.html shows \/_images\/0123456789ab-28x28-abcdefghij\.png, which no page of this build asked for/,
    )
  })
})

describe('referencedImages', () => {
  test('reads the files that img, source and meta tags load, not a path written in the text', async () => {
    const dist = await site('references', {
      'talks/kafka':
        '<meta property="og:image" content="https://recaps.example/_images/cards/0123456789abcdef.png">' +
        '<source type="image/avif" srcset="/_images/aaaaaaaaaaaa-28x28-0123456789.avif 28w, /_images/aaaaaaaaaaaa-56x56-0123456789.avif 56w">' +
        '<img src="/_images/aaaaaaaaaaaa-28x28-0123456789.jpg" alt="">' +
        '<p>Les fichiers sont servis sous /_images/exemple.png par le site.</p><pre><code>GET /_images/x.png</code></pre>',
    })
    expect([...(await referencedImages(dist)).keys()].sort()).toEqual([
      'aaaaaaaaaaaa-28x28-0123456789.avif',
      'aaaaaaaaaaaa-28x28-0123456789.jpg',
      'aaaaaaaaaaaa-56x56-0123456789.avif',
      'cards/0123456789abcdef.png',
    ])
  })
})

describe('imagesLoadedBy', () => {
  test('skips a path that follows an empty attribute or sits in an attribute that loads nothing', () => {
    expect(
      imagesLoadedBy(
        '<img src="" alt="">/_images/aaaaaaaaaaaa-1x1-0123456789.png ' +
          '<a href="/_images/aaaaaaaaaaaa-2x2-0123456789.png">lien</a>' +
          '<img alt="x" src="/_images/aaaaaaaaaaaa-3x3-0123456789.webp">',
      ),
    ).toEqual(['aaaaaaaaaaaa-3x3-0123456789.webp'])
  })
})

describe('imageCacheDir', () => {
  test("sits beside Astro's cache folder, outside it", () => {
    expect(imageCacheDir(join('web', 'node_modules', '.astro', 'builds', 'a1b2'))).toBe(
      join('web', 'node_modules', '.astro', 'builds', 'a1b2-images'),
    )
    expect(imageCacheDir(`${join('web', 'node_modules', '.astro')}/`)).toBe(
      join('web', 'node_modules', '.astro-images'),
    )
  })
})

describe('copyIntoSite', () => {
  test('links the files of the cache into the site, and replaces a link already there without emptying the cache', async () => {
    const cache = join(dir, 'link-cache')
    await mkdir(join(cache, 'cards'), { recursive: true })
    await writeFile(join(cache, 'cards', 'a.png'), 'carte')
    const dist = join(dir, 'link-site')
    await copyIntoSite(['cards/a.png'], cache, dist)
    await copyIntoSite(['cards/a.png'], cache, dist)
    const [published, cached] = await Promise.all([
      stat(join(dist, '_images', 'cards', 'a.png')),
      stat(join(cache, 'cards', 'a.png')),
    ])
    expect(published.ino).toBe(cached.ino)
    expect(await readFile(join(cache, 'cards', 'a.png'), 'utf8')).toBe('carte')
    expect(await readFile(join(dist, '_images', 'cards', 'a.png'), 'utf8')).toBe('carte')
  })
})
