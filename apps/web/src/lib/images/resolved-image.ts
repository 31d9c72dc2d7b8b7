import type { ResolvedImage } from '@weshare/schema'

export type { ResolvedImage }

/**
 * Whether Sanity measured the image's file as fully opaque (its asset metadata `isOpaque`). The
 * schema keeps only what every page needs; a query that also projects `isOpaque` lets an opaque
 * PNG fall back to a JPEG rather than a PNG several times larger.
 */
export function isOpaque(image: ResolvedImage): boolean {
  return (image.asset.metadata as { isOpaque?: unknown }).isOpaque === true
}
