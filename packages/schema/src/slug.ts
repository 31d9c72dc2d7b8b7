import { z } from 'zod'
import { LIMITS } from './limits.ts'
import { shownValue } from './text.ts'

/** Lowercase ASCII words joined by single hyphens: what the Studio's slug generator produces. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const SlugValueSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? 'le slug est vide : générez-le depuis le titre dans le Studio.'
        : `le slug ${shownValue(JSON.stringify(issue.input) ?? String(issue.input))} n'est pas un texte : le fichier de données est abîmé ; cliquez sur « Générer » dans le Studio, publiez, puis exportez à nouveau.`,
  })
  .max(LIMITS.slugLength, {
    error: (issue) =>
      `le slug compte ${String(issue.input ?? '').length} caractères pour ${LIMITS.slugLength} au plus (il devient un nom de fichier et une adresse) : cliquez sur « Générer » dans le Studio, qui le coupe à la bonne longueur.`,
  })
  .regex(SLUG_PATTERN, {
    error: (issue) =>
      `le slug ${shownValue(String(issue.input))} contient des caractères interdits : utilisez des minuscules sans accent, des chiffres et des tirets (bouton « Générer » du Studio).`,
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
