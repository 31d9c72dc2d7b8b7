import { isAbsolute, relative } from 'node:path'
import type { ClientPerspective } from '@sanity/client'
import { ContentError } from './content-error.ts'
import { REPO_ROOT, sourceConfigFromEnv, type ContentEnv, type SourceConfig } from './source-from-env.ts'
import { ContentLakeSource } from './sources/content-lake-source.ts'
import { DatasetFileSource } from './sources/dataset-file-source.ts'
import { overlayDrafts, RELEASE_NAME_PATTERN } from './sources/drafts-overlay.ts'
import { readDataset } from './sources/read-dataset.ts'
import type { ContentSource } from './sources/source.ts'

/** The content release a preview shows on top of the drafts (`SANITY_PREVIEW_RELEASE`), if any. */
export function previewReleaseFromEnv(env: ContentEnv = process.env): string | undefined {
  const release = env.SANITY_PREVIEW_RELEASE?.trim()
  if (!release) return undefined
  if (!RELEASE_NAME_PATTERN.test(release)) {
    throw new ContentError(
      `SANITY_PREVIEW_RELEASE="${release}" is not a release name (letters, digits, "_" and "-"). ` +
        'Copy the name from the release id in the Studio (the part after "versions." in its documents), or unset it to preview drafts only.',
    )
  }
  return release
}

/**
 * The source settings of a preview, checked: a Content Lake preview needs a read token, and a
 * release must be named as Sanity names them. Fails before anything is read.
 */
export function previewConfigFromEnv(env: ContentEnv = process.env): {
  config: SourceConfig
  release: string | undefined
} {
  const config = sourceConfigFromEnv(env)
  const release = previewReleaseFromEnv(env)
  if (config.kind === 'content-lake' && !config.token) {
    throw new ContentError(
      'SANITY_API_READ_TOKEN is not set: a preview reads drafts, which the Content Lake shows only to a token. ' +
        'Create a read token (Viewer) in the project settings (API → Tokens) and set SANITY_API_READ_TOKEN for the preview build.',
    )
  }
  return { config, release }
}

/**
 * The drafts view of the configured source. From the Content Lake, the `drafts` perspective, which
 * only a token can read; from a dataset file, drafts overlaid on the published documents.
 */
export async function previewSourceFromEnv(env: ContentEnv = process.env): Promise<ContentSource> {
  const { config, release } = previewConfigFromEnv(env)
  if (config.kind === 'content-lake') {
    const perspective: ClientPerspective = release ? [release, 'drafts'] : 'drafts'
    return new ContentLakeSource({ ...config, perspective })
  }
  const dataset = await readDataset(config.file)
  const { documents, counts } = overlayDrafts(dataset.documents, release)
  const shown = relative(REPO_ROOT, config.file)
  const file = shown.startsWith('..') || isAbsolute(shown) ? config.file : shown
  const layers = `${counts.drafts} draft(s)${release ? `, ${counts.release} from release ${release}` : ''}`
  return new DatasetFileSource(documents, `drafts view of dataset file ${file} (${layers})`, {
    assets: dataset.assets,
    problems: dataset.problems,
  })
}
