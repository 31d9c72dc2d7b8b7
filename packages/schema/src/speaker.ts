import { z } from 'zod'
import { LIMITS } from './limits.ts'
import { text } from './text.ts'
import { DocumentBaseSchema } from './document.ts'
import { ExternalLinkSchema } from './external-link.ts'
import { ImageWithAltSchema } from './image.ts'
import { PreviousSlugsSchema, SlugSchema } from './slug.ts'

/** A person who gave at least one talk, as stored in the dataset. */
export const SpeakerSchema = DocumentBaseSchema.extend({
  _type: z.literal('speaker'),
  /** Name as credited on talks. */
  name: text({ max: LIMITS.nameLength, empty: "le nom est vide : saisissez le nom de l'intervenant." }),
  /** Address of the speaker page, generated from the name. */
  slug: SlugSchema,
  /** Former slugs, whose addresses redirect to the current page. Added on publish when the slug changes. */
  previousSlugs: PreviousSlugsSchema.optional(),
  /** One or two sentences about the speaker. */
  bio: text({ max: LIMITS.descriptionLength, multiline: true }).optional(),
  /** Photo of the speaker. */
  avatar: ImageWithAltSchema.optional(),
  /** The speaker's pages elsewhere. */
  links: z.array(ExternalLinkSchema).optional(),
})

export type Speaker = z.output<typeof SpeakerSchema>
