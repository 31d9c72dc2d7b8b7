import { z } from 'zod'
import { DisplayTextSchema } from '../text.ts'
import { TalkListItemSchema } from './references.ts'

/** A topic as the topics query returns it, with the talks that touch it. */
export const TopicEntrySchema = z.object({
  _id: z.string(),
  title: DisplayTextSchema,
  slug: z.string(),
  /** Former slugs of the document, each published as a redirect to its page. */
  previousSlugs: z.array(z.string()).optional(),
  description: DisplayTextSchema.nullish(),
  talks: z.array(TalkListItemSchema),
})

export type TopicEntry = z.output<typeof TopicEntrySchema>
