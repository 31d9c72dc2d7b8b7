import type { Crop, Hotspot } from './crop-rect.ts'

/** An image as the content queries resolve it, on both content paths (Content Lake or dataset file). */
export interface ResolvedImage {
  _type: 'image'
  alt: string
  caption?: string | null
  crop?: Crop | null
  hotspot?: Hotspot | null
  asset: {
    /** image-<sha1>-<width>x<height>-<extension> */
    _id: string
    /** https: on Sanity's CDN; file: for an image file of a dataset export, read at build. */
    url: string
    originalFilename?: string | null
    metadata: {
      dimensions: { width: number; height: number }
      lqip?: string | null
      /** Sanity's own measure: true when no pixel is transparent (a JPEG fallback is then safe). */
      isOpaque?: boolean | null
    }
  }
}
