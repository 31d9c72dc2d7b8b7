import { z } from 'zod'
import { DisplayTextSchema } from '../text.ts'
import { ExternalLinkSchema } from '../external-link.ts'
import { ResolvedImageSchema } from '../image.ts'
import { TalkListItemSchema } from './references.ts'

/** A speaker as the speakers query returns it, with the talks they gave. */
export const SpeakerEntrySchema = z.object({
  _id: z.string(),
  name: DisplayTextSchema,
  slug: z.string(),
  /** Former slugs of the document, each published as a redirect to its page. */
  previousSlugs: z.array(z.string()).optional(),
  bio: DisplayTextSchema.nullish(),
  /** Null when the field is empty or has no uploaded file. */
  avatar: ResolvedImageSchema.nullish(),
  links: z.array(ExternalLinkSchema).nullish(),
  talks: z.array(TalkListItemSchema),
})

export type SpeakerEntry = z.output<typeof SpeakerEntrySchema>
