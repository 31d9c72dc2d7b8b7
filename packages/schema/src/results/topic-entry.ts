import { z } from 'zod'
import { DisplayTextSchema } from '../text.ts'
import { TalkListItemSchema } from './references.ts'

/** A topic as the topics query returns it, with the talks that touch it. */
export const TopicEntrySchema = z.object({
  _id: z.string(),
  title: DisplayTextSchema,
  slug: z.string(),
  description: DisplayTextSchema.nullish(),
  talks: z.array(TalkListItemSchema),
})

export type TopicEntry = z.output<typeof TopicEntrySchema>
