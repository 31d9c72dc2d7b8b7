import { z } from 'zod'
import { TalkListItemSchema } from './references.ts'

/** A topic as the topics query returns it, with the talks that touch it. */
export const TopicEntrySchema = z.object({
  _id: z.string(),
  title: z.string(),
  slug: z.string(),
  description: z.string().nullish(),
  talks: z.array(TalkListItemSchema),
})

export type TopicEntry = z.output<typeof TopicEntrySchema>
