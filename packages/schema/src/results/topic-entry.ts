import { z } from 'zod'
import { TalkListItemSchema } from './references.ts'

/** A topic as the topics query returns it, with the talks that touch it. */
export const TopicEntrySchema = z.object({
  _id: z.string(),
  title: z.string(),
  slug: z.string(),
  /** Former slugs of the document, each published as a redirect to its page. */
  previousSlugs: z.array(z.string()).optional(),
  description: z.string().nullish(),
  talks: z.array(TalkListItemSchema),
})

export type TopicEntry = z.output<typeof TopicEntrySchema>
