import { createImageUrlBuilder } from '@sanity/image-url'
import type { Crop, Hotspot } from './crop-rect.ts'
import type { ImageSource } from './source.ts'

/*
 * URLs of Sanity's image CDN, built by @sanity/image-url: the CDN crops (rect=, from the crop and
 * the hotspot), resizes (w=, h=) and picks the format the browser accepts (auto=format).
 */

type CdnSource = Extract<ImageSource, { kind: 'cdn' }>

export interface CdnFrame {
  crop?: Crop | null
  hotspot?: Hotspot | null
}

/**
 * The URL of `source` at `output` size, or at `width` with the crop's proportions when `output`
 * has no height. `format` fixes the file format instead of letting the CDN choose.
 */
export function cdnUrl(
  source: CdnSource,
  frame: CdnFrame,
  output: { width: number; height?: number },
  format?: 'jpg',
): string {
  const builder = createImageUrlBuilder({
    projectId: source.projectId,
    dataset: source.dataset,
    baseUrl: source.origin,
  })
    .image({ asset: { _ref: source.assetId }, crop: frame.crop ?? undefined, hotspot: frame.hotspot ?? undefined })
    .width(output.width)
  // With a height too, the builder narrows the crop to that aspect ratio around the hotspot, and
  // fit=crop makes the CDN return exactly that size.
  const sized = output.height === undefined ? builder : builder.height(output.height).fit('crop')
  return (format ? sized.format(format) : sized.auto('format')).url()
}
