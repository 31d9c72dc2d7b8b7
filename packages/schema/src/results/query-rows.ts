import { z } from 'zod'
import { SessionEntrySchema } from './session-entry.ts'
import { SpeakerEntrySchema } from './speaker-entry.ts'
import { TalkEntrySchema } from './talk-entry.ts'
import { TagEntrySchema } from './tag-entry.ts'

/*
 * What each GROQ query returns, before the content layer joins the rows into entries. The queries
 * follow references forward only (talk → speakers, talk → tags); the backward links (a talk's
 * session, a speaker's talks, a tag's talks, previous/next) are joined once, in linear time,
 * because a GROQ sub-query per row costs a scan of the dataset per row.
 */

/** A session with the ids of its talks, in editor order. */
export const SessionRowSchema = SessionEntrySchema.omit({ talks: true }).extend({
  talkIds: z.array(z.string()),
})

/** A talk with what it references. */
export const TalkRowSchema = TalkEntrySchema.omit({ session: true, previous: true, next: true })

export const SpeakerRowSchema = SpeakerEntrySchema.omit({ talks: true })

export const TagRowSchema = TagEntrySchema.omit({ talks: true })

export type SessionRow = z.output<typeof SessionRowSchema>
export type TalkRow = z.output<typeof TalkRowSchema>
export type SpeakerRow = z.output<typeof SpeakerRowSchema>
export type TagRow = z.output<typeof TagRowSchema>
