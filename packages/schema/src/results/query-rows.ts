import { z } from 'zod'
import { EditionEntrySchema } from './edition-entry.ts'
import { SpeakerEntrySchema } from './speaker-entry.ts'
import { TalkEntrySchema } from './talk-entry.ts'
import { TopicEntrySchema } from './topic-entry.ts'

/*
 * What each GROQ query returns, before the content layer joins the rows into entries. The queries
 * follow references forward only (talk → speakers, talk → topics); the backward links (a talk's
 * edition, a speaker's talks, a topic's talks, previous/next) are joined once, in linear time,
 * because a GROQ sub-query per row costs a scan of the dataset per row.
 */

/** An edition with the ids of its talks, in editor order. */
export const EditionRowSchema = EditionEntrySchema.omit({ talks: true }).extend({
  talkIds: z.array(z.string()),
})

/** A talk with what it references. */
export const TalkRowSchema = TalkEntrySchema.omit({ edition: true, previous: true, next: true })

export const SpeakerRowSchema = SpeakerEntrySchema.omit({ talks: true })

export const TopicRowSchema = TopicEntrySchema.omit({ talks: true })

export type EditionRow = z.output<typeof EditionRowSchema>
export type TalkRow = z.output<typeof TalkRowSchema>
export type SpeakerRow = z.output<typeof SpeakerRowSchema>
export type TopicRow = z.output<typeof TopicRowSchema>
