import { z } from 'zod'
import { DisplayTextSchema } from '../text.ts'
import { TalkFormatSchema } from '../talk-format.ts'

/*
 * Small projections that several query results share. GROQ returns `null` for a missing field,
 * so optional values are `.nullish()`.
 */

export const SpeakerRefSchema = z.object({
  _id: z.string(),
  name: DisplayTextSchema,
  slug: z.string(),
})

export const TagRefSchema = z.object({
  _id: z.string(),
  title: DisplayTextSchema,
  slug: z.string(),
})

export const SessionRefSchema = z.object({
  _id: z.string(),
  title: DisplayTextSchema,
  slug: z.string(),
  dates: z.array(z.string()),
})

export const TalkRefSchema = z.object({
  _id: z.string(),
  title: DisplayTextSchema,
  slug: z.string(),
  format: TalkFormatSchema,
})

/** A talk in a list (speaker page, tag page): where and when it was given, and by whom. */
export const TalkListItemSchema = TalkRefSchema.extend({
  speakers: z.array(SpeakerRefSchema),
  session: SessionRefSchema.nullish(),
})

export type SpeakerRef = z.output<typeof SpeakerRefSchema>
export type TagRef = z.output<typeof TagRefSchema>
export type SessionRef = z.output<typeof SessionRefSchema>
export type TalkRef = z.output<typeof TalkRefSchema>
export type TalkListItem = z.output<typeof TalkListItemSchema>
