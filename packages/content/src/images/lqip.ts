import sharp from 'sharp'

/** Width of a placeholder, as Sanity's own `metadata.lqip`: a blurred preview that weighs under 1 KB. */
export const LQIP_WIDTH = 20

/**
 * A low-quality image placeholder of an image file (a path or its bytes), as a `data:` URL:
 * the same 20-pixel-wide JPEG Sanity computes at upload, for exports whose `assets.json` has none.
 */
export async function lqipOf(input: string | Buffer): Promise<string> {
  const jpeg = await sharp(input)
    .resize({ width: LQIP_WIDTH, withoutEnlargement: false })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 60 })
    .toBuffer()
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`
}
