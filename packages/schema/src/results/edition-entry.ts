import { z } from 'zod'
import { DisplayTextSchema } from '../text.ts'
import { ImageWithAltSchema } from '../image.ts'
import { SimpleBlockContentSchema } from '../portable-text.ts'
import { SpeakerRefSchema, TalkRefSchema, TopicRefSchema } from './references.ts'

/**
 * A talk as an edition lists it. Its recap stays in the talks collection, where the edition page
 * reads it: storing it twice doubled the content store of a large site.
 */
export const EditionTalkSchema = TalkRefSchema.extend({
  speakers: z.array(SpeakerRefSchema),
  topics: z.array(TopicRefSchema),
})

/** An edition as the editions query returns it, talks in editor order. */
export const EditionEntrySchema = z.object({
  _id: z.string(),
  title: DisplayTextSchema,
  slug: z.string(),
  /** Former slugs of the document, each published as a redirect to its page. */
  previousSlugs: z.array(z.string()).optional(),
  dates: z.array(z.string()).min(1),
  intro: SimpleBlockContentSchema,
  cover: ImageWithAltSchema.nullish(),
  seoDescription: DisplayTextSchema.nullish(),
  talks: z.array(EditionTalkSchema),
})

export type EditionTalk = z.output<typeof EditionTalkSchema>
export type EditionEntry = z.output<typeof EditionEntrySchema>
