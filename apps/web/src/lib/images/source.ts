import { fileURLToPath } from 'node:url'
import type { Size } from './crop-rect.ts'
import type { ResolvedImage } from '@weshare/schema'

/** Where an image's pixels come from, as far as a page needs to know to name its files. */
export type ImageSource =
  | { kind: 'cdn'; size: Size; assetId: string; origin: string; projectId: string; dataset: string }
  | { kind: 'file'; size: Size; assetId: string; file: string; hash: string; extension: string }

// Sanity asset ids encode the content hash and size of the uploaded file:
// image-<sha1>-<width>x<height>-<extension>. https://www.sanity.io/docs/image-urls
const ASSET_ID = /^image-([a-zA-Z0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/
// https://cdn.sanity.io/images/<projectId>/<dataset>/<sha1>-<width>x<height>.<extension>
const CDN_PATH = /^\/images\/([^/]+)\/([^/]+)\/[^/]+$/

/** The source of `image`, checked: an asset id that says its size, and a CDN or file: URL. */
export function imageSource(image: ResolvedImage): ImageSource {
  const { _id: assetId, url } = image.asset
  const id = ASSET_ID.exec(assetId)
  const size = id ? { width: Number(id[2]), height: Number(id[3]) } : null
  if (!id || !size || size.width === 0 || size.height === 0) {
    throw new Error(
      `The image "${image.alt}" has the asset id ${JSON.stringify(assetId)}, which is not a Sanity image ` +
        'asset id (image-<sha1>-<width>x<height>-<extension>): the content query must project asset->_id.',
    )
  }
  if (url.startsWith('file:')) {
    return { kind: 'file', size, assetId, file: fileURLToPath(url), hash: id[1]!, extension: id[4]! }
  }
  const parsed = URL.canParse(url) ? new URL(url) : null
  const cdn = parsed && /^https?:$/.test(parsed.protocol) ? CDN_PATH.exec(parsed.pathname) : null
  if (!parsed || !cdn) {
    throw new Error(
      `The image "${image.alt}" (asset ${assetId}) has the URL ${JSON.stringify(url)}, which is neither a ` +
        'file: URL of a dataset export nor a Sanity CDN URL (https://cdn.sanity.io/images/<project>/<dataset>/…): ' +
        'the content query must project asset->url.',
    )
  }
  return { kind: 'cdn', size, assetId, origin: parsed.origin, projectId: cdn[1]!, dataset: cdn[2]! }
}
