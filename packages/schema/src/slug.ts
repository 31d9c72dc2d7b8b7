import { z } from 'zod'

/** Lowercase ASCII words joined by single hyphens: what the Studio's slug generator produces. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const SlugValueSchema = z
  .string({ error: 'le slug est vide : générez-le depuis le titre dans le Studio.' })
  .regex(SLUG_PATTERN, {
    error: (issue) =>
      `le slug "${String(issue.input)}" contient des caractères interdits : utilisez des minuscules sans accent, des chiffres et des tirets (bouton « Générer » du Studio).`,
  })

/** A slug field as stored in a dataset: `{ _type: 'slug', current: 'mon-titre' }`. */
export const SlugSchema = z.object({
  _type: z.literal('slug'),
  current: SlugValueSchema,
})

export type Slug = z.output<typeof SlugSchema>

/**
 * Slugs a document had before its current one, oldest first. The site publishes each former address
 * as a redirect to the current page, so that links shared before a rename keep working.
 */
export const PreviousSlugsSchema = z.array(SlugValueSchema)
