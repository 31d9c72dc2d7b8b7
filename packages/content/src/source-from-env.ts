import { existsSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ContentError } from './content-error.ts'
import { ContentLakeSource } from './sources/content-lake-source.ts'
import { DatasetFileSource } from './sources/dataset-file-source.ts'
import type { ContentSource } from './sources/source.ts'

/** The Query API version every build pins; 2025-02-19 made `published` the default perspective. */
const DEFAULT_API_VERSION = '2025-02-19'

/** The repository root: relative dataset paths are read from there, whatever folder a task runs in. */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** The sample dataset that builds the site when no other source is configured. */
export const SAMPLE_DATASET_FILE = resolve(REPO_ROOT, 'studio/seed/sample.ndjson')

export type ContentEnv = Partial<Record<string, string | undefined>>

export type SourceConfig =
  | { kind: 'dataset-file'; file: string }
  | {
      kind: 'content-lake'
      projectId: string
      dataset: string
      apiVersion: string
      token: string | undefined
      apiHost: string | undefined
    }

const set = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined)

function invalid(variable: string, value: string, why: string, fix: string): ContentError {
  return new ContentError(`${variable}="${value}" ${why}. ${fix}`)
}

/** Reads the source settings from the environment, failing with the variable, its value and the fix. */
export function sourceConfigFromEnv(env: ContentEnv = process.env): SourceConfig {
  const projectId = set(env.SANITY_PROJECT_ID)
  const dataset = set(env.SANITY_DATASET)
  if (projectId || dataset) {
    if (!projectId || !dataset) {
      const missing = projectId ? 'SANITY_DATASET' : 'SANITY_PROJECT_ID'
      throw new ContentError(
        `${missing} is not set while ${projectId ? `SANITY_PROJECT_ID="${projectId}"` : `SANITY_DATASET="${dataset}"`} is: ` +
          'reading the Content Lake needs both. Set both (see docs/sanity-project.md), or unset both to build from the dataset file.',
      )
    }
    if (!/^[a-z0-9-]+$/.test(projectId)) {
      throw invalid(
        'SANITY_PROJECT_ID',
        projectId,
        'is not a Sanity project id (lowercase letters, digits and dashes)',
        'Copy the id from sanity.io/manage or `sanity projects list`.',
      )
    }
    if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(dataset)) {
      throw invalid(
        'SANITY_DATASET',
        dataset,
        'is not a dataset name (lowercase letters, digits, "_" and "-")',
        'Use a name from `sanity dataset list`, such as "production".',
      )
    }
    const apiVersion = set(env.SANITY_API_VERSION) ?? DEFAULT_API_VERSION
    if (!/^\d{4}-\d{2}-\d{2}$/.test(apiVersion)) {
      throw invalid(
        'SANITY_API_VERSION',
        apiVersion,
        'is not a dated API version',
        `Use a date such as ${DEFAULT_API_VERSION}, or unset it.`,
      )
    }
    const apiHost = set(env.SANITY_API_HOST)
    if (apiHost && !/^https?:\/\/[^/\s]+\/?$/.test(apiHost)) {
      throw invalid(
        'SANITY_API_HOST',
        apiHost,
        'is not an http(s) origin',
        "Use a value like https://api.sanity.io, or unset it to use Sanity's API.",
      )
    }
    return {
      kind: 'content-lake',
      projectId,
      dataset,
      apiVersion,
      token: set(env.SANITY_API_READ_TOKEN),
      apiHost: apiHost?.replace(/\/$/, ''),
    }
  }

  const configured = set(env.SANITY_DATASET_FILE)
  if (!configured) return { kind: 'dataset-file', file: SAMPLE_DATASET_FILE }
  const candidates = isAbsolute(configured) ? [configured] : [resolve(REPO_ROOT, configured), resolve(configured)]
  const file = candidates.find((candidate) => existsSync(candidate))
  if (!file) {
    throw invalid(
      'SANITY_DATASET_FILE',
      configured,
      `names no file (looked for ${candidates.join(' and ')})`,
      'Give the path of an .ndjson file or of a .tar.gz from `sanity dataset export`, absolute or relative to the repository root.',
    )
  }
  return { kind: 'dataset-file', file }
}

/** The content source the environment selects: a dataset file by default, the Content Lake when configured. */
export async function sourceFromEnv(env: ContentEnv = process.env): Promise<ContentSource> {
  const config = sourceConfigFromEnv(env)
  if (config.kind === 'dataset-file') return DatasetFileSource.fromFile(config.file, REPO_ROOT)
  return new ContentLakeSource(config)
}
