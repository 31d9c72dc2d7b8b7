import { z } from 'zod'
import { TalkSchema } from '../talk.ts'
import { EditionRefSchema, SpeakerRefSchema, TalkRefSchema, TopicRefSchema } from './references.ts'
import { rowShape } from './row-shape.ts'

/** What a talk stores besides its name and links to other documents: format, recap, asides, links… */
const TalkStoredFieldsSchema = TalkSchema.omit({
  _id: true,
  _type: true,
  _createdAt: true,
  _updatedAt: true,
  _rev: true,
  title: true,
  slug: true,
  speakers: true,
  topics: true,
})

/** A talk as the talks query returns it: everything its page shows. */
export const TalkEntrySchema = TalkRefSchema.extend({
  // Every field a talk stores, so that a field added to TalkSchema reaches the talk page.
  ...rowShape(TalkStoredFieldsSchema.shape),
  speakers: z.array(SpeakerRefSchema),
  topics: z.array(TopicRefSchema),
  /** The edition that lists this talk; null when no edition does (a warning at load time). */
  edition: EditionRefSchema.nullish(),
  previous: TalkRefSchema.nullish(),
  next: TalkRefSchema.nullish(),
})

export type TalkEntry = z.output<typeof TalkEntrySchema>
