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
