import { z } from 'zod'
import { HttpUrlSchema } from './http-url.ts'

/** A labelled link to a speaker's page elsewhere (site, profile, repository). */
export const ExternalLinkSchema = z.object({
  _type: z.literal('externalLink'),
  _key: z.string(),
  label: z
    .string()
    .trim()
    .min(1, { error: "le lien n'a pas de libellé : indiquez par exemple « Site » ou « GitHub »." }),
  url: HttpUrlSchema,
})

export type ExternalLink = z.output<typeof ExternalLinkSchema>
