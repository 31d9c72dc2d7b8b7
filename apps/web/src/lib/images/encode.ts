import type SharpModule from 'sharp'
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

/** The bytes of `spec.rect` of the source, resized to `spec.width`×`spec.height`, in `spec.format`. */
export async function encodeImage({ file, rect, width, height, format }: EncodeSpec): Promise<Buffer> {
  const sharp = await loadSharp()
  // rotate() before extract(): the rectangle is in the coordinates of the upright image, as
  // Sanity measures it.
  const pipeline = sharp(file, { failOn: 'error' }).rotate().extract(rect).resize(width, height, { fit: 'fill' })
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
