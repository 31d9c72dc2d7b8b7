import { ContentValidationError, loadContent, previewSourceFromEnv, sourceFromEnv } from '@weshare/content'
import { DOCUMENT_TYPE_LABELS, formatProblem } from '@weshare/schema'
import type { StatusProblem } from './status.ts'
import type { Env } from './config.ts'

/**
 * The content check's problems, each with the line the build log prints for it and the document it
 * names. Run after a failed build, on the same source: a build runs in a process of its own and
 * leaves only text behind, while the Studio needs each document's id and type to link to it.
 * Empty when the content passes (the build failed for another reason, or the content was fixed since).
 * For the preview, the drafts view is checked, as its build read it.
 */
export async function contentProblems(
  env: Env,
  studioUrl: string | undefined,
  { preview = false }: { preview?: boolean } = {},
): Promise<StatusProblem[]> {
  try {
    await loadContent(await (preview ? previewSourceFromEnv(env) : sourceFromEnv(env)), { studioUrl })
    return []
  } catch (error) {
    if (!(error instanceof ContentValidationError)) return []
    const errorsFirst = [...error.problems].sort((a, b) =>
      a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
    )
    return errorsFirst.map((problem) => ({
      severity: problem.severity,
      line: formatProblem(problem, { studioUrl, typeLabels: DOCUMENT_TYPE_LABELS }),
      document: { type: problem.subject.type, id: problem.subject.id, label: problem.subject.label ?? null },
      path: problem.path,
    }))
  }
}
