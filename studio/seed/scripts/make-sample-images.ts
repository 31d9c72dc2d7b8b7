import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lqipOf } from '@weshare/content'
import sharp from 'sharp'
import { SAMPLE_IMAGES, type SampleImage } from './sample-images.ts'

/*
 * `npm run seed:images -w @weshare/studio`: draws the sample's images and writes them beside
 * `sample.ndjson` as `sanity dataset export` lays out an export: `images/<sha1>-<w>x<h>.png`,
 * `assets.json` with each asset's metadata, and `_sanityAsset` references in the documents.
 */

const seedDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const imagesDir = join(seedDir, 'images')
const datasetFile = join(seedDir, 'sample.ndjson')

interface WrittenImage {
  image: SampleImage
  fileName: string
  sha1: string
  size: number
  lqip: string
}

async function draw(image: SampleImage): Promise<WrittenImage> {
  const png = await sharp(Buffer.from(image.svg)).png({ compressionLevel: 9 }).toBuffer()
  const { width, height } = await sharp(png).metadata()
  if (width !== image.width || height !== image.height) {
    throw new Error(
      `${image.originalFilename} was drawn ${width}×${height}, not ${image.width}×${image.height}: make its SVG's width and height match.`,
    )
  }
  const sha1 = createHash('sha1').update(png).digest('hex')
  const fileName = `${sha1}-${width}x${height}.png`
  await writeFile(join(imagesDir, fileName), png)
  return { image, fileName, sha1, size: png.length, lqip: await lqipOf(png) }
}

/** The image object stored in a document, as an export writes it (`_sanityAsset` first). */
function imageField({ image, fileName }: WrittenImage): Record<string, unknown> {
  return {
    _sanityAsset: `image@file://./images/${fileName}`,
    _type: 'image',
    ...(image.place.field === 'body' ? { _key: image.place.key } : {}),
    alt: image.alt,
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.crop ? { crop: { _type: 'sanity.imageCrop', ...image.crop } } : {}),
    ...(image.hotspot ? { hotspot: { _type: 'sanity.imageHotspot', ...image.hotspot } } : {}),
  }
}

function place(document: Record<string, unknown>, written: WrittenImage): void {
  const { place } = written.image
  if (place.field !== 'body') {
    document[place.field] = imageField(written)
    return
  }
  const body = document.body as Record<string, unknown>[] | undefined
  if (!body) throw new Error(`${place.document} has no body to place ${written.image.originalFilename} in.`)
  const existing = body.findIndex((block) => block._key === place.key)
  if (existing >= 0) body.splice(existing, 1)
  const after = body.findIndex((block) => block._key === place.after)
  if (after < 0) {
    throw new Error(
      `${place.document} has no block with _key "${place.after}" to place ${written.image.originalFilename} after: update its place in sample-images.ts.`,
    )
  }
  body.splice(after + 1, 0, imageField(written))
}

await rm(imagesDir, { recursive: true, force: true })
await mkdir(imagesDir, { recursive: true })
const written = await Promise.all(SAMPLE_IMAGES.map(draw))

const assets: Record<string, unknown> = {}
for (const { image, sha1, size, lqip } of written) {
  assets[`image-${sha1}`] = {
    originalFilename: image.originalFilename,
    sha1hash: sha1,
    size,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: {
        _type: 'sanity.imageDimensions',
        width: image.width,
        height: image.height,
        aspectRatio: image.width / image.height,
      },
      hasAlpha: false,
      isOpaque: true,
      lqip,
    },
  }
}
await writeFile(join(seedDir, 'assets.json'), `${JSON.stringify(assets, null, 2)}\n`)

const lines = (await readFile(datasetFile, 'utf8')).split('\n').filter((line) => line !== '')
const documents = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
for (const image of written) {
  const document = documents.find((doc) => doc._id === image.image.place.document)
  if (!document) {
    throw new Error(
      `sample.ndjson has no document "${image.image.place.document}" for ${image.image.originalFilename}.`,
    )
  }
  place(document, image)
}
await writeFile(datasetFile, documents.map((doc) => `${JSON.stringify(doc)}\n`).join(''))

console.log(
  `Wrote ${written.length} images to ${imagesDir} (${(await readdir(imagesDir)).length} files), assets.json and their references in sample.ndjson.`,
)
