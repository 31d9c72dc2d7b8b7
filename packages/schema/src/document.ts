import { z } from 'zod'

/**
 * System fields that every document of a Sanity dataset carries. Type-specific schemas extend this
 * with their own `_type` literal and fields.
 */
export const DocumentBaseSchema = z.object({
  /** Document id. Published documents never start with `drafts.` or `versions.`. */
  _id: z.string().min(1),
  _createdAt: z.string(),
  _updatedAt: z.string(),
  _rev: z.string(),
})

export type DocumentBase = z.output<typeof DocumentBaseSchema>
