import { DOCUMENT_SCHEMAS, isDocumentType } from './dataset-document.ts'
import type { ContentProblem, DocumentSubject } from './content-problem.ts'
import { problemsFromIssues } from './content-problem.ts'
import { editorErrorMap } from './editor-error-map.ts'

interface LooseDocument {
  _id?: unknown
  _type?: unknown
  slug?: { current?: unknown }
  title?: unknown
  name?: unknown
}

/** How an editor recognises a document: its slug, else its title or name. */
export function subjectOf(document: unknown): DocumentSubject {
  const doc = (document ?? {}) as LooseDocument
  const label = [doc.slug?.current, doc.title, doc.name].find((value) => typeof value === 'string' && value !== '')
  return {
    type: typeof doc._type === 'string' ? doc._type : '(sans type)',
    id: typeof doc._id === 'string' ? doc._id : '(sans id)',
    label: label as string | undefined,
  }
}

/**
 * Checks one stored document against the schema of its type. Documents of types the site does not
 * publish (assets, plugin data) are not its concern and pass.
 */
export function validateDocument(document: unknown): ContentProblem[] {
  const type = (document as LooseDocument | null)?._type
  if (!isDocumentType(type)) return []
  const result = DOCUMENT_SCHEMAS[type].safeParse(document, { error: editorErrorMap })
  return result.success ? [] : problemsFromIssues(subjectOf(document), result.error.issues)
}
