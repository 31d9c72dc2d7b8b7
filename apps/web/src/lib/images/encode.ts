import type SharpModule from 'sharp'
import type { OutputInfo } from 'sharp'
import type { Rect } from './crop-rect.ts'

/** Formats encoded at build: AVIF and WebP for <source>, JPEG or PNG for the <img> fallback. */
export const FORMATS = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg', png: 'image/png' } as const
export type OutputFormat = keyof typeof FORMATS

/** The file extension of each format in /_images/ names. */
export const EXTENSIONS: Readonly<Record<OutputFormat, string>> = {
  avif: 'avif',
  webp: 'webp',
  jpeg: 'jpg',
  png: 'png',
}

export interface EncodeSpec {
  /** The source image file. */
  file: string
  /** The part of the source shown, in its pixels, after its EXIF orientation is applied. */
  rect: Rect
  width: number
  height: number
  format: OutputFormat
}

/*
 * Encoder settings, chosen on the sample's six drawings and a 1600×1067 photo, each resized to
 * 480, 672, 1008 and 1344 px, one libvips thread: AVIF at effort 1 (of 0–9) took 3.5 s for 417 KiB,
 * against 6.5 s for 401 KiB at effort 2 and 2.5 s for 510 KiB at effort 0; WebP at effort 2,
 * 1.9 s for 627 KiB against 2.9 s for 602 KiB at effort 4. AVIF is what browsers take, so its
 * files are kept small; the WebP files serve the few that lack AVIF. The qualities are the usual
 * picks for images viewed at 1x–2x. Part of each file's name (ENCODING below): changing them
 * renames, and so re-encodes, every file.
 */
const SETTINGS = {
  avif: { quality: 55, effort: 1 },
  webp: { quality: 80, effort: 2 },
  jpeg: { quality: 80, mozjpeg: true },
  png: { compressionLevel: 9 },
} as const

/** A digest input that changes whenever the settings (and so the bytes) of encoded files change. */
export const ENCODING = JSON.stringify(SETTINGS)

type Sharp = typeof SharpModule
let loaded: Promise<Sharp> | undefined

// Loaded on the first encode, so that a build from the Content Lake never loads libvips. One
// libvips thread per encode: the queue (queue.ts) decides how many run at once.
function loadSharp(): Promise<Sharp> {
  return (loaded ??= import('sharp').then(({ default: sharp }) => {
    sharp.concurrency(1)
    return sharp
  }))
}

interface Pixels {
  data: Buffer
  info: OutputInfo
}

/*
 * A page asks for every width and format of an image at once, so the queue encodes them one after
 * the other: the shown part of the source is decoded once for all of them, not once per file (on a
 * 1600×1067 JPEG, its 15 files take 0.87 s, against 1.02 s decoding it for each). A few sources
 * are kept, the latest used: as many as the queue encodes at once, and one more.
 */
const DECODED_KEPT = 3
const decoded = new Map<string, Promise<Pixels>>()

function decodedPart(sharp: Sharp, file: string, rect: Rect): Promise<Pixels> {
  const key = JSON.stringify([file, rect])
  const known = decoded.get(key)
  if (known) {
    decoded.delete(key)
    decoded.set(key, known)
    return known
  }
  // rotate() before extract(): the rectangle is in the coordinates of the upright image, as
  // Sanity measures it.
  const pixels = sharp(file, { failOn: 'error' }).rotate().extract(rect).raw().toBuffer({ resolveWithObject: true })
  decoded.set(key, pixels)
  pixels.catch(() => decoded.delete(key))
  for (const oldest of decoded.keys()) {
    if (decoded.size <= DECODED_KEPT) break
    decoded.delete(oldest)
  }
  return pixels
}

/** The bytes of `spec.rect` of the source, resized to `spec.width`×`spec.height`, in `spec.format`. */
export async function encodeImage({ file, rect, width, height, format }: EncodeSpec): Promise<Buffer> {
  const sharp = await loadSharp()
  const { data, info } = await decodedPart(sharp, file, rect)
  const pipeline = sharp(data, { raw: info }).resize(width, height, { fit: 'fill' })
  switch (format) {
    case 'avif':
      return pipeline.avif(SETTINGS.avif).toBuffer()
    case 'webp':
      return pipeline.webp(SETTINGS.webp).toBuffer()
    case 'jpeg':
      return pipeline.jpeg(SETTINGS.jpeg).toBuffer()
    case 'png':
      return pipeline.png(SETTINGS.png).toBuffer()
  }
}
