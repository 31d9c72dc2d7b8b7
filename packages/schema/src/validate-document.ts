import { DOCUMENT_SCHEMAS, isDocumentType } from './dataset-document.ts'
import type { ContentProblem, DocumentSubject } from './content-problem.ts'
import { problemsFromIssues } from './content-problem.ts'
import { editorErrorMap } from './editor-error-map.ts'

interface LooseDocument {
  _id?: unknown
  _type?: unknown
  /** As stored (`{ current }`) or as a query row projects it (a string). */
  slug?: { current?: unknown } | string
  title?: unknown
  name?: unknown
}

/**
 * How an editor recognises a document or a query row in a report: its slug, else its title or
 * name. `type` names the type of a row that does not carry its `_type`.
 */
export function subjectOf(document: unknown, type?: string): DocumentSubject {
  const doc = (document ?? {}) as LooseDocument
  const slug = typeof doc.slug === 'string' ? doc.slug : doc.slug?.current
  const label = [slug, doc.title, doc.name].find((value) => typeof value === 'string' && value !== '')
  return {
    type: type ?? (typeof doc._type === 'string' ? doc._type : '(sans type)'),
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
  const renamed = renamedFieldProblems(document, type)
  const result = DOCUMENT_SCHEMAS[type].safeParse(document, { error: editorErrorMap })
  return result.success ? renamed : [...renamed, ...problemsFromIssues(subjectOf(document), result.error.issues)]
}

/** Fields that datasets written before a rename still hold, with the migration that renames them. */
const RENAMED_FIELDS: Partial<Record<string, Record<string, { to: string; migration: string }>>> = {
  talk: { topics: { to: 'tags', migration: 'rename-talk-topics-to-tags' } },
}

/** A field under its former name would be ignored, and its values silently lost from the site. */
function renamedFieldProblems(document: unknown, type: string): ContentProblem[] {
  const renamed = RENAMED_FIELDS[type] ?? {}
  return Object.entries(renamed)
    .filter(([from]) => Object.hasOwn(document as object, from))
    .map(([from, { to, migration }]) => ({
      severity: 'error' as const,
      subject: subjectOf(document),
      path: from,
      message: `le champ « ${from} » s'appelle désormais « ${to} » : ce jeu de données date d'avant le renommage. Dans studio/, lancez \`npx sanity migration run ${migration} --no-dry-run\`, puis exportez le jeu de données à nouveau.`,
    }))
}
