import type { z } from 'zod'
import { shownValue } from './text.ts'

/** What a problem is about: one document, named the way an editor finds it in the Studio. */
export interface DocumentSubject {
  type: string
  id: string
  /** Slug or title, whichever the document has. */
  label?: string | undefined
}

export type Severity = 'error' | 'warning'

/** One thing wrong with the content, in words an editor can act on. */
export interface ContentProblem {
  severity: Severity
  subject: DocumentSubject
  /** Field path inside the document, as `speakers[1]._ref`; empty for the whole document. */
  path: string
  /** What is wrong and what to do, in one sentence. */
  message: string
}

/** `['speakers', 1, '_ref']` → `speakers[1]._ref`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`
    const name = String(key)
    return out === '' ? name : `${out}.${name}`
  }, '')
}

/** Turns the issues of one failed parse into problems about `subject`. */
export function problemsFromIssues(
  subject: DocumentSubject,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  severity: Severity = 'error',
): ContentProblem[] {
  return issues.map((issue) => ({
    severity,
    subject,
    path: formatPath(issue.path),
    message: issue.message,
  }))
}

/** The Studio's edit intent for a document: opens it directly in the editor. */
export function studioEditUrl(studioUrl: string, subject: DocumentSubject): string {
  return `${studioUrl.replace(/\/+$/, '')}/intent/edit/id=${encodeURIComponent(subject.id)};type=${encodeURIComponent(subject.type)}`
}

export interface FormatOptions {
  /** Base URL of the Studio (`SANITY_STUDIO_URL`); adds an edit link to each line. */
  studioUrl?: string | undefined
  /** How each document type is named to editors (e.g. `talk` → `Talk`). */
  typeLabels?: Readonly<Record<string, string>>
}

/**
 * How a problem line names a document: its slug or title quoted, then its id, as `"kafka" (id talk-1)`,
 * or `(id talk-1)` without a label. Both are shown escaped and cut (shownValue): a label or an id
 * from a damaged export must not carry a terminal escape, nor fill the terminal.
 */
export function subjectName(subject: Pick<DocumentSubject, 'id' | 'label'>): string {
  const id = `(id ${shownValue(subject.id).slice(1, -1)})`
  return subject.label ? `${shownValue(subject.label)} ${id}` : id
}

/** One line: severity, type, label, id, field path, message, and the Studio link when known. */
export function formatProblem(problem: ContentProblem, options: FormatOptions = {}): string {
  const { subject } = problem
  const typeName = options.typeLabels?.[subject.type] ?? subject.type
  const mark = problem.severity === 'error' ? 'ERREUR' : 'ATTENTION'
  const where = problem.path ? ` · ${problem.path}` : ''
  const link = options.studioUrl ? ` → ${studioEditUrl(options.studioUrl, subject)}` : ''
  return `${mark} ${typeName} ${subjectName(subject)}${where} : ${problem.message}${link}`
}

/** The full report, errors first, one line per problem. */
export function formatProblems(problems: ReadonlyArray<ContentProblem>, options: FormatOptions = {}): string {
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  return sorted.map((problem) => formatProblem(problem, options)).join('\n')
}
