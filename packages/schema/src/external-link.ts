import { z } from 'zod'
import { LIMITS } from './limits.ts'
import { text } from './text.ts'
import { HttpUrlSchema } from './http-url.ts'

/** A labelled link to a speaker's page elsewhere (site, profile, repository). */
export const ExternalLinkSchema = z.object({
  _type: z.literal('externalLink'),
  _key: z.string(),
  label: text({
    max: LIMITS.labelLength,
    empty: "le lien n'a pas de libellé : indiquez par exemple « Site » ou « GitHub ».",
  }),
  url: HttpUrlSchema,
})

export type ExternalLink = z.output<typeof ExternalLinkSchema>
