import { z } from 'zod'
import { DisplayTextSchema } from '../text.ts'
import { TalkListItemSchema } from './references.ts'

/** A tag as the tags query returns it, with the talks that touch it. */
export const TagEntrySchema = z.object({
  _id: z.string(),
  title: DisplayTextSchema,
  slug: z.string(),
  /** Former slugs of the document, each published as a redirect to its page. */
  previousSlugs: z.array(z.string()).optional(),
  description: DisplayTextSchema.nullish(),
  talks: z.array(TalkListItemSchema),
})

export type TagEntry = z.output<typeof TagEntrySchema>
