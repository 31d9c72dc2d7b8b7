import { z } from 'zod'
import { LIMITS } from './limits.ts'
import { text } from './text.ts'
import { DocumentBaseSchema } from './document.ts'
import { PreviousSlugsSchema, SlugSchema } from './slug.ts'

/** A tag that talks touch (Kubernetes, SRE, Kafka…), as stored in the dataset. */
export const TagSchema = DocumentBaseSchema.extend({
  _type: z.literal('tag'),
  /** Name of the tag. */
  title: text({ max: LIMITS.titleLength, empty: 'le titre est vide : saisissez le nom du sujet.' }),
  /** Address of the tag page, generated from the title. */
  slug: SlugSchema,
  /** Former slugs, whose addresses redirect to the current page. Added on publish when the slug changes. */
  previousSlugs: PreviousSlugsSchema.optional(),
  /** What the tag covers, in one sentence. */
  description: text({ max: LIMITS.descriptionLength }).optional(),
})

export type Tag = z.output<typeof TagSchema>
