import { existsSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ContentError } from './content-error.ts'
import { excerptOf } from './sources/dataset-lines.ts'
import { ContentLakeSource } from './sources/content-lake-source.ts'
import { DatasetFileSource } from './sources/dataset-file-source.ts'
import type { ReadDatasetOptions } from './sources/read-dataset.ts'
import type { ContentSource } from './sources/source.ts'

/** The Query API version every build pins; 2025-02-19 made `published` the default perspective. */
const DEFAULT_API_VERSION = '2025-02-19'

/** The repository root: relative dataset paths are read from there, whatever folder a task runs in. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** The sample dataset that builds the site when no other source is configured. */
export const SAMPLE_DATASET_FILE = resolve(REPO_ROOT, 'studio/seed/sample.ndjson')

export type ContentEnv = Partial<Record<string, string | undefined>>

export type SourceConfig =
  | {
      kind: 'dataset-file'
      file: string
      /** True when no source variable is set and the bundled sample is read. */
      sample: boolean
    }
  | {
      kind: 'content-lake'
      projectId: string
      dataset: string
      apiVersion: string
      token: string | undefined
      apiHost: string | undefined
    }

/** Variables that choose the source: set but empty, each one is the shape of a missing CI secret. */
export const SOURCE_VARIABLES = ['SANITY_DATASET_FILE', 'SANITY_PROJECT_ID', 'SANITY_DATASET'] as const

/** The longest dataset name Sanity accepts (https://www.sanity.io/docs/content-lake/datasets). */
const DATASET_NAME_MAX = 64
/** The longest API token we accept; Sanity's tokens are about 180 characters. */
const TOKEN_MAX = 1024

/** An optional tuning variable: unset and empty both mean "use the default". */
const optional = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined)

/** A value as shown in a message: quoted, cut, control characters escaped. */
const shown = (value: string) => excerptOf(value)

function invalid(variable: string, value: string, why: string, fix: string): ContentError {
  return new ContentError(`${variable}=${shown(value)} ${why}. ${fix}`)
}

function emptyVariable(variable: string): ContentError {
  return new ContentError(
    `${variable} is set but empty: that is how a missing CI secret looks, and building from the bundled sample instead would replace the site. ` +
      `Give ${variable} its value, or unset it (the sample dataset is used only when none of ${SOURCE_VARIABLES.join(', ')} is set).`,
  )
}

/** A source variable: undefined when unset, its trimmed value when set, an error when set but blank. */
function sourceVariable(env: ContentEnv, variable: (typeof SOURCE_VARIABLES)[number]): string | undefined {
  const value = env[variable]
  if (value === undefined) return undefined
  if (value.trim() === '') throw emptyVariable(variable)
  return value.trim()
}

/** Whether 'YYYY-MM-DD' is a day of the calendar (2025-13-45 is not). */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

function checkedApiHost(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (url && (url.username || url.password)) {
    // The value itself is never printed: it holds a password.
    throw new ContentError(
      'SANITY_API_HOST holds a user name or password (user:password@host); the value is not shown here. ' +
        'Give the origin alone, such as https://api.sanity.io, and put the read token in SANITY_API_READ_TOKEN.',
    )
  }
  if (!url || !/^https?:$/.test(url.protocol) || !/^https?:\/\/[^/\s?#]+\/?$/.test(value)) {
    throw invalid(
      'SANITY_API_HOST',
      value,
      'is not an http(s) origin',
      "Use a value like https://api.sanity.io, or unset it to use Sanity's API.",
    )
  }
  return value.replace(/\/$/, '')
}

/** Checks the token's shape before any request; the token itself is never printed. */
function checkedToken(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const bad = /[^\x21-\x7E]/.exec(value)
  if (bad || value.length > TOKEN_MAX) {
    const why = bad
      ? `holds a character a token cannot have (${bad[0] === '\n' || bad[0] === '\r' ? 'a line break' : bad[0] === ' ' ? 'a space' : `U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`}, at position ${bad.index + 1})`
      : `is ${value.length} characters long, more than any Sanity token`
    throw new ContentError(
      `SANITY_API_READ_TOKEN ${why}; the token is not shown here. Copy it again from the project settings (API → Tokens), without quotes or line breaks.`,
    )
  }
  return value
}

/** Reads the source settings from the environment, failing with the variable, its value and the fix. */
export function sourceConfigFromEnv(env: ContentEnv = process.env): SourceConfig {
  const projectId = sourceVariable(env, 'SANITY_PROJECT_ID')
  const dataset = sourceVariable(env, 'SANITY_DATASET')
  const configured = sourceVariable(env, 'SANITY_DATASET_FILE')
  if (projectId || dataset) {
    if (!projectId || !dataset) {
      const missing = projectId ? 'SANITY_DATASET' : 'SANITY_PROJECT_ID'
      throw new ContentError(
        `${missing} is not set while ${projectId ? `SANITY_PROJECT_ID=${shown(projectId)}` : `SANITY_DATASET=${shown(dataset ?? '')}`} is: ` +
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
    if (dataset.length > DATASET_NAME_MAX) {
      throw invalid(
        'SANITY_DATASET',
        dataset,
        `is ${dataset.length} characters long, and a dataset name has at most ${DATASET_NAME_MAX}`,
        'Use a name from `sanity dataset list`, such as "production".',
      )
    }
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(dataset)) {
      throw invalid(
        'SANITY_DATASET',
        dataset,
        `is not a dataset name (lowercase letters, digits, "_" and "-", starting with a letter or digit, at most ${DATASET_NAME_MAX} characters)`,
        'Use a name from `sanity dataset list`, such as "production".',
      )
    }
    const apiVersion = optional(env.SANITY_API_VERSION) ?? DEFAULT_API_VERSION
    if (!isCalendarDate(apiVersion)) {
      throw invalid(
        'SANITY_API_VERSION',
        apiVersion,
        'is not a dated API version (a real day, written YYYY-MM-DD)',
        `Use a date such as ${DEFAULT_API_VERSION}, or unset it.`,
      )
    }
    return {
      kind: 'content-lake',
      projectId,
      dataset,
      apiVersion,
      token: checkedToken(optional(env.SANITY_API_READ_TOKEN)),
      apiHost: checkedApiHost(optional(env.SANITY_API_HOST)),
    }
  }

  if (!configured) return { kind: 'dataset-file', file: SAMPLE_DATASET_FILE, sample: true }
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
  return { kind: 'dataset-file', file, sample: file === SAMPLE_DATASET_FILE }
}

/** SANITY_STUDIO_URL, checked: an http(s) address, or undefined when unset or empty. */
export function studioUrlFromEnv(env: ContentEnv = process.env): string | undefined {
  const value = optional(env.SANITY_STUDIO_URL)
  if (value === undefined) return undefined
  if (!URL.canParse(value) || !/^https?:\/\//i.test(value) || new URL(value).username || new URL(value).password) {
    throw invalid(
      'SANITY_STUDIO_URL',
      value,
      'is not an http(s) address without credentials',
      'Use the address editors open the Studio at, such as https://weshare.sanity.studio, or unset it.',
    )
  }
  return value
}

/**
 * The content source the environment selects: a dataset file by default, the Content Lake when
 * configured. `options.cacheDir` moves the image cache of a dataset file.
 */
export async function sourceFromEnv(
  env: ContentEnv = process.env,
  options: ReadDatasetOptions = {},
): Promise<ContentSource> {
  const config = sourceConfigFromEnv(env)
  if (config.kind === 'dataset-file') return DatasetFileSource.fromFile(config.file, REPO_ROOT, options)
  return new ContentLakeSource(config)
}
