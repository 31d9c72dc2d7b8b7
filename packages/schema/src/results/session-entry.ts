import { z } from 'zod'
import { DisplayTextSchema } from '../text.ts'
import { ResolvedImageSchema } from '../image.ts'
import { SimpleBlockContentSchema } from '../portable-text.ts'
import { SpeakerRefSchema, TalkRefSchema, TagRefSchema } from './references.ts'

/**
 * A talk as a session lists it. Its recap stays in the talks collection, where the session page
 * reads it: storing it twice doubled the content store of a large site.
 */
export const SessionTalkSchema = TalkRefSchema.extend({
  speakers: z.array(SpeakerRefSchema),
  tags: z.array(TagRefSchema),
})

/** A session as the sessions query returns it, talks in editor order. */
export const SessionEntrySchema = z.object({
  _id: z.string(),
  title: DisplayTextSchema,
  slug: z.string(),
  /** Former slugs of the document, each published as a redirect to its page. */
  previousSlugs: z.array(z.string()).optional(),
  dates: z.array(z.string()).min(1),
  intro: SimpleBlockContentSchema,
  /** Null when the field is empty or has no uploaded file. */
  cover: ResolvedImageSchema.nullish(),
  seoDescription: DisplayTextSchema.nullish(),
  talks: z.array(SessionTalkSchema),
})

export type SessionTalk = z.output<typeof SessionTalkSchema>
export type SessionEntry = z.output<typeof SessionEntrySchema>
