import { z } from 'zod'

/**
 * System fields are written by the Content Lake, never by an editor: when one is missing, the export
 * or the file was damaged, and the Studio cannot repair it.
 */
function systemField(field: string, input: unknown): string {
  const what = input === undefined || input === null ? 'manque' : `n'est pas un texte (${typeof input})`
  return `le champ système ${field} ${what} : le fichier de données est abîmé ou a été modifié à la main ; exportez à nouveau le jeu de données (\`sanity dataset export <dataset> <fichier>.tar.gz\`) au lieu de le corriger.`
}

/**
 * System fields that every document of a Sanity dataset carries. Type-specific schemas extend this
 * with their own `_type` literal and fields.
 */
export const DocumentBaseSchema = z.object({
  /** Document id. Published documents never start with `drafts.` or `versions.`. */
  _id: z.string().min(1),
  _createdAt: z.string({ error: (issue) => systemField('_createdAt', issue.input) }),
  _updatedAt: z.string({ error: (issue) => systemField('_updatedAt', issue.input) }),
  _rev: z.string({ error: (issue) => systemField('_rev', issue.input) }),
})

export type DocumentBase = z.output<typeof DocumentBaseSchema>
