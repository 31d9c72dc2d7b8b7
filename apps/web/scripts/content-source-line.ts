import { relative } from 'node:path'
import { REPO_ROOT, SOURCE_VARIABLES, type SourceConfig } from '@weshare/content'

/** The first line of a build: where the content comes from, so a wrong source is seen before anything else. */
export function contentSourceLine(source: SourceConfig): string {
  if (source.kind === 'content-lake') {
    return `Content source: Content Lake, project ${source.projectId}, dataset ${source.dataset}${source.apiHost ? `, host ${source.apiHost}` : ''}.`
  }
  const file = relative(REPO_ROOT, source.file).startsWith('..') ? source.file : relative(REPO_ROOT, source.file)
  return source.sample
    ? `Content source: the bundled sample dataset ${file}, because none of ${SOURCE_VARIABLES.join(', ')} is set.`
    : `Content source: dataset file ${file}.`
}
