import type { ContentProblem, DatasetDocument } from '@weshare/schema'
import { formatPath, referencesIn, subjectOf, validateDocument } from '@weshare/schema'

/**
 * Checks the documents an import is about to write: each against the zod schema of its type, and
 * together, since the output must stand on its own: ids are unique and every reference points to a
 * document of the output.
 */
export function validateOutput(documents: ReadonlyArray<DatasetDocument>): ContentProblem[] {
  const problems = documents.flatMap((document) => validateDocument(document))
  const ids = new Set<string>()
  for (const document of documents) {
    if (ids.has(document._id)) {
      problems.push({
        severity: 'error',
        subject: subjectOf(document),
        path: '_id',
        message: "l'importeur a produit deux documents avec cet identifiant.",
      })
    }
    ids.add(document._id)
  }
  for (const document of documents) {
    for (const { path, ref } of referencesIn(document)) {
      if (!ids.has(ref)) {
        problems.push({
          severity: 'error',
          subject: subjectOf(document),
          path: formatPath(path),
          message: `pointe vers ${ref}, absent de l'import.`,
        })
      }
    }
  }
  return problems
}
