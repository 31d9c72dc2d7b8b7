import { z } from 'zod'
import { LIMITS } from './limits.ts'
import { text } from './text.ts'
import { ReferenceSchema } from './reference.ts'

const ALT_MISSING =
  "l'image n'a pas de texte alternatif : décrivez-la en une phrase dans le champ « Texte alternatif »."

export const ImageHotspotSchema = z.object({
  x: z.number(),
  y: z.number(),
  height: z.number(),
  width: z.number(),
})

export const ImageCropSchema = z.object({
  top: z.number(),
  bottom: z.number(),
  left: z.number(),
  right: z.number(),
})

/**
 * An image field with its required alternative text. `asset` is missing when an editor added
 * the field but has not uploaded a file yet.
 */
export const ImageWithAltSchema = z.object({
  _type: z.literal('image'),
  asset: ReferenceSchema.optional(),
  hotspot: ImageHotspotSchema.extend({ _type: z.literal('sanity.imageHotspot').optional() }).optional(),
  crop: ImageCropSchema.extend({ _type: z.literal('sanity.imageCrop').optional() }).optional(),
  /** Describes the image for readers who cannot see it. */
  alt: text({ max: LIMITS.altLength, empty: ALT_MISSING }),
})

export type ImageWithAlt = z.output<typeof ImageWithAltSchema>

/** The uploaded file of an image, as `asset->` resolves it on either content source. */
export const ImageAssetSchema = z.object({
  /** `image-<sha1>-<width>x<height>-<extension>`, as Sanity names image assets. */
  _id: z.string(),
  /**
   * Where the file is: the `https://cdn.sanity.io/…` address on the Content Lake, a `file:` URL of
   * the file on disk for a dataset file (never printed into a page as it is).
   */
  url: z.string().regex(/^(https:\/\/|file:\/\/)/, {
    error: "l'adresse du fichier d'image n'est ni https: ni file: : choisissez à nouveau l'image dans le Studio.",
  }),
  /** The name the file had when it was uploaded. */
  originalFilename: z.string().nullish(),
  metadata: z.object({
    /** Pixels of the uploaded file, before any crop. */
    dimensions: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
    /** A blurred preview of a few hundred bytes (`data:image/…;base64,…`) shown while the image loads. */
    lqip: z.string().startsWith('data:image/').nullish(),
    /** Whether no pixel of the file is transparent: such a PNG can fall back to a JPEG. */
    isOpaque: z.boolean().nullish(),
  }),
})

/**
 * An image as the queries return it (the `imageFields` fragment of @weshare/content), with its file
 * resolved. An image field without an uploaded file is `null` rather than a ResolvedImage.
 */
export const ResolvedImageSchema = z.object({
  _type: z.literal('image'),
  /** Describes the image for readers who cannot see it. */
  alt: text({ max: LIMITS.altLength, empty: ALT_MISSING }),
  /** A sentence shown under an image of a recap; `null` elsewhere. */
  caption: text({ max: LIMITS.captionLength }).nullish(),
  /** The part of the file to show, as fractions cut from each edge. */
  crop: ImageCropSchema.nullish(),
  /** The area to keep in view when the image is cut to another shape, as fractions of the file. */
  hotspot: ImageHotspotSchema.nullish(),
  asset: ImageAssetSchema,
})

export type ImageAsset = z.output<typeof ImageAssetSchema>
export type ResolvedImage = z.output<typeof ResolvedImageSchema>
