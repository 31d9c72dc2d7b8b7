import { z } from 'zod'
import { AsideSchema } from '../aside.ts'
import { BlockContentSchema } from '../portable-text.ts'
import { TalkLinksSchema } from '../talk-links.ts'
import { EditionRefSchema, SpeakerRefSchema, TalkRefSchema, TopicRefSchema } from './references.ts'

/** A talk as the talks query returns it: everything its page shows. */
export const TalkEntrySchema = TalkRefSchema.extend({
  speakers: z.array(SpeakerRefSchema),
  topics: z.array(TopicRefSchema),
  body: BlockContentSchema,
  asides: z.array(AsideSchema).nullish(),
  links: TalkLinksSchema.nullish(),
  /** Former slugs of the document, each published as a redirect to its page. */
  previousSlugs: z.array(z.string()).optional(),
  /** The edition that lists this talk; null when no edition does (a warning at load time). */
  edition: EditionRefSchema.nullish(),
  previous: TalkRefSchema.nullish(),
  next: TalkRefSchema.nullish(),
})

export type TalkEntry = z.output<typeof TalkEntrySchema>
