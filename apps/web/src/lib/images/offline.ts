import { createHash } from 'node:crypto'
import { encodeImage, ENCODING, EXTENSIONS, type OutputFormat } from './encode.ts'
import type { Rect } from './crop-rect.ts'
import { imageQueue } from './queue.ts'
import type { ImageSource } from './source.ts'

type FileSource = Extract<ImageSource, { kind: 'file' }>

/** Files are served from /_images/ on the site; cards from /_images/cards/. */
export const IMAGES_PATH = '/_images/'

/**
 * The name of the file showing `rect` of the source at `width`×`height` in `format`. It starts
 * with the source's content hash (the sha1 in its asset id) and its width, for whoever reads a
 * page; the digest covers everything the bytes depend on, encoder settings included, so that a
 * file of the cache is reused exactly when it would be encoded the same.
 */
export function imageFileName(source: FileSource, rect: Rect, width: number, height: number, format: OutputFormat) {
  const digest = createHash('sha256')
    .update(JSON.stringify([source.hash, rect, width, height, format, ENCODING]))
    .digest('base64url')
    .slice(0, 10)
  return `${source.hash.slice(0, 12)}-${width}x${height}-${digest}.${EXTENSIONS[format]}`
}

/**
 * The site path of that file. The file is queued for the build at once: encoding starts in the
 * background while pages go on rendering.
 */
export function queuedImage(source: FileSource, rect: Rect, width: number, height: number, format: OutputFormat) {
  const name = imageFileName(source, rect, width, height, format)
  imageQueue().add({
    name,
    kind: 'image',
    from: `${source.file} (asset ${source.assetId})`,
    make: () => encodeImage({ file: source.file, rect, width, height, format }),
  })
  return `${IMAGES_PATH}${name}`
}

/**
 * The fallback format of a source: JPEG for a JPEG or an image Sanity measured as opaque, PNG for
 * one that may hold transparency (a JPEG would paint its transparent parts black).
 */
export function fallbackFormat(source: FileSource, opaque: boolean): OutputFormat {
  return opaque || source.extension === 'jpg' || source.extension === 'jpeg' ? 'jpeg' : 'png'
}
