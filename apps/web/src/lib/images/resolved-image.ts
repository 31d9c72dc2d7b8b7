import type { ResolvedImage } from '@weshare/schema'

export type { ResolvedImage }

/**
 * Whether the image's file is fully opaque (its asset metadata `isOpaque`, measured by Sanity on
 * upload or by the dataset reader): an opaque PNG falls back to a JPEG rather than to a PNG
 * several times larger.
 */
export function isOpaque(image: ResolvedImage): boolean {
  return image.asset.metadata.isOpaque === true
}
