import { z } from 'zod'
import { HttpUrlSchema } from './http-url.ts'

/** Where to find more about a talk. Every link is optional. */
export const TalkLinksSchema = z.object({
  _type: z.literal('talkLinks'),
  /** Slides of the talk. */
  slides: HttpUrlSchema.optional(),
  /** Video recording of the talk. */
  video: HttpUrlSchema.optional(),
  /** Source code repository shown in the talk. */
  repository: HttpUrlSchema.optional(),
})

export type TalkLinks = z.output<typeof TalkLinksSchema>
