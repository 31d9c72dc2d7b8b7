import { z } from 'zod'
import { ResolvedBlockContentSchema } from '../portable-text.ts'
import { EMPTY_RECAP, TalkSchema } from '../talk.ts'
import { SessionRefSchema, SpeakerRefSchema, TalkRefSchema, TagRefSchema } from './references.ts'
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
  tags: true,
})

/** A talk as the talks query returns it: everything its page shows. */
export const TalkEntrySchema = TalkRefSchema.extend({
  // Every field a talk stores, so that a field added to TalkSchema reaches the talk page.
  ...rowShape(TalkStoredFieldsSchema.shape),
  /** The recap, its images resolved (those without an uploaded file left out). */
  body: ResolvedBlockContentSchema.min(1, { error: EMPTY_RECAP }),
  speakers: z.array(SpeakerRefSchema),
  tags: z.array(TagRefSchema),
  /** The session that lists this talk; null when no session does (a warning at load time). */
  session: SessionRefSchema.nullish(),
  previous: TalkRefSchema.nullish(),
  next: TalkRefSchema.nullish(),
})

export type TalkEntry = z.output<typeof TalkEntrySchema>
