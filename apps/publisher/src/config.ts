import { isIP } from 'node:net'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { REPO_ROOT, isContentError, previewConfigFromEnv, sourceConfigFromEnv } from '@weshare/content'

export type Env = Partial<Record<string, string | undefined>>

export type SourceConfig = ReturnType<typeof sourceConfigFromEnv>

export interface PublisherConfig {
  /** Shared with the Sanity webhook; checks each hook's signature. Never logged. */
  secret: string
  host: string
  /** 0 takes any free port (tests). */
  port: number
  /** The published site: the build's `--out`, served at `/`. */
  siteDir: string
  /** Origins allowed to read `GET /status` from a browser: the Studio's. */
  studioOrigins: string[]
  /** Quiet time after a hook before the rebuild starts, so that a burst of hooks is one build. */
  debounceMs: number
  /** What the build reads, as it reads it (the same variables, checked the same way). */
  source: SourceConfig
  /** `SANITY_STUDIO_URL`: the build adds a Studio link to each problem line when it is set. */
  studioUrl: string | undefined
  /** The editors' preview, when PUBLISHER_PREVIEW_PORT is set; null otherwise. */
  preview: PreviewConfig | null
}

/** The preview, on an address of its own (docs/deploy.md says why not a path of the public one). */
export interface PreviewConfig {
  /** Same host as the public site; 0 takes any free port (tests). */
  port: number
  /** The preview build's `--out`, served at the preview address. */
  siteDir: string
  /**
   * `PUBLISHER_PREVIEW_SECRET`: opens the preview when given in the enable link. Required with a
   * dataset file, which has no Content Lake to hold the secrets the Presentation tool creates.
   * Never logged.
   */
  secret: string | undefined
  /** `SANITY_PREVIEW_RELEASE`: hooks for this release's versions rebuild the preview. */
  release: string | undefined
}

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 4400,
  siteDir: 'apps/publisher/site',
  // `sanity dev` serves the Studio on port 3333 (`npm run dev` binds it to 127.0.0.1).
  studioOrigins: ['http://127.0.0.1:3333', 'http://localhost:3333'],
  debounceMs: 1000,
  previewSiteDir: 'apps/publisher/site-preview',
} as const

/** Shorter secrets are guessable; Sanity accepts any length, so the publisher asks for this much. */
export const MIN_SECRET_LENGTH = 16

/** Every variable that is wrong, one line each (variable, value, why, fix). */
export class ConfigError extends Error {
  override name = 'ConfigError'
  readonly lines: string[]
  constructor(lines: string[]) {
    super(
      `The publisher cannot start: ${lines.length === 1 ? 'one variable is' : `${lines.length} variables are`} wrong.\n` +
        lines.map((line) => `- ${line}`).join('\n'),
    )
    this.lines = lines
  }
}

const PROJECT_FOLDERS = new Set(['apps', 'packages', 'studio', 'docs', 'node_modules', '.git', '.github'])

/** The repository, a folder above it, a top-level folder or a workspace: a swap there would delete code. */
function replacesProjectFiles(dir: string): boolean {
  if (!relative(dir, REPO_ROOT).startsWith('..')) return true
  const parts = relative(REPO_ROOT, dir).split(sep)
  if (parts[0] === '..' || isAbsolute(parts.join(sep))) return false
  if (parts.length === 1) return PROJECT_FOLDERS.has(parts[0] ?? '')
  return parts.length === 2 && (parts[0] === 'apps' || parts[0] === 'packages')
}

const set = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined)

function integer(value: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(value)) return undefined
  const parsed = Number(value)
  return parsed >= min && parsed <= max ? parsed : undefined
}

/** `https://studio.example` and `http://127.0.0.1:3333` are origins; a path, a query or another scheme is not. */
function origin(value: string): string | undefined {
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
    return url.origin === value.replace(/\/$/, '') ? url.origin : undefined
  } catch {
    return undefined
  }
}

/**
 * Reads and checks every variable the publisher uses, and reports all the wrong ones at once.
 * Relative paths are read from the repository root, as the build reads SANITY_DATASET_FILE.
 */
export function configFromEnv(env: Env = process.env): PublisherConfig {
  const problems: string[] = []

  const secret = env.SANITY_WEBHOOK_SECRET ?? ''
  if (secret.trim() === '') {
    problems.push(
      'SANITY_WEBHOOK_SECRET is not set: without it anyone could trigger builds. Set it to the secret of the ' +
        'Sanity webhook (sanity.io/manage → API → Webhooks), or generate one with `openssl rand -base64 32` and give the webhook the same.',
    )
  } else if (secret.length < MIN_SECRET_LENGTH) {
    // The value is a secret: its length says enough.
    problems.push(
      `SANITY_WEBHOOK_SECRET is ${secret.length} characters long, under the ${MIN_SECRET_LENGTH} the publisher asks for. ` +
        'Generate a longer one with `openssl rand -base64 32` and set it both here and on the Sanity webhook.',
    )
  }

  const host = set(env.PUBLISHER_HOST) ?? DEFAULTS.host
  if (isIP(host) === 0 && !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(host)) {
    problems.push(
      `PUBLISHER_HOST="${host}" is not an IP address or a host name. Use 127.0.0.1 (the default) behind a reverse proxy, or 0.0.0.0 to listen on every interface.`,
    )
  }

  const portValue = set(env.PUBLISHER_PORT)
  const port = portValue === undefined ? DEFAULTS.port : integer(portValue, 0, 65535)
  if (port === undefined) {
    problems.push(
      `PUBLISHER_PORT="${portValue}" is not a port number (0 to 65535). Use ${DEFAULTS.port} (the default) or another free port.`,
    )
  }

  const siteValue = set(env.PUBLISHER_SITE_DIR) ?? DEFAULTS.siteDir
  const siteDir = isAbsolute(siteValue) ? siteValue : resolve(REPO_ROOT, siteValue)
  if (replacesProjectFiles(siteDir)) {
    problems.push(
      `PUBLISHER_SITE_DIR="${siteValue}" is a folder of the project's own: each build replaces the whole folder. ` +
        `Use a folder of its own, such as ${DEFAULTS.siteDir} (the default) or /var/www/weshare.`,
    )
  }

  const originsValue = set(env.PUBLISHER_STUDIO_ORIGIN)
  const studioOrigins: string[] = []
  for (const candidate of originsValue
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean) ?? DEFAULTS.studioOrigins) {
    const parsed = origin(candidate)
    if (parsed) studioOrigins.push(parsed)
    else
      problems.push(
        `PUBLISHER_STUDIO_ORIGIN contains "${candidate}", which is not an origin (scheme, host and port, without a path). ` +
          'Give the address the Studio is opened at, such as https://weshare.sanity.studio; separate several with commas.',
      )
  }

  const debounceValue = set(env.PUBLISHER_DEBOUNCE_MS)
  const debounceMs = debounceValue === undefined ? DEFAULTS.debounceMs : integer(debounceValue, 0, 60_000)
  if (debounceMs === undefined) {
    problems.push(
      `PUBLISHER_DEBOUNCE_MS="${debounceValue}" is not a number of milliseconds between 0 and 60000. Use ${DEFAULTS.debounceMs} (the default).`,
    )
  }

  let source: SourceConfig | undefined
  try {
    source = sourceConfigFromEnv(env)
  } catch (error) {
    if (!isContentError(error)) throw error
    problems.push(error.message)
  }

  const preview = source ? previewFromEnv(env, { source, port, siteDir, problems }) : null

  if (problems.length > 0 || !source || port === undefined || debounceMs === undefined) throw new ConfigError(problems)
  return {
    secret,
    host,
    port,
    siteDir,
    studioOrigins,
    debounceMs,
    source,
    studioUrl: set(env.SANITY_STUDIO_URL),
    preview,
  }
}

/** The preview's variables, checked when PUBLISHER_PREVIEW_PORT asks for a preview; problems are added to `problems`. */
function previewFromEnv(
  env: Env,
  public_: { source: SourceConfig; port: number | undefined; siteDir: string; problems: string[] },
): PreviewConfig | null {
  const { problems } = public_
  const portValue = set(env.PUBLISHER_PREVIEW_PORT)
  if (portValue === undefined) {
    for (const name of ['PUBLISHER_PREVIEW_DIR', 'PUBLISHER_PREVIEW_SECRET']) {
      if (set(env[name]) !== undefined) {
        problems.push(
          `${name} is set but PUBLISHER_PREVIEW_PORT is not: the preview is served only on a port of its own. ` +
            'Set PUBLISHER_PREVIEW_PORT (for instance 4401) to serve it, or unset ' +
            `${name}.`,
        )
      }
    }
    return null
  }
  const port = integer(portValue, 0, 65535)
  if (port === undefined) {
    problems.push(
      `PUBLISHER_PREVIEW_PORT="${portValue}" is not a port number (0 to 65535). Use 4401, or another free port than PUBLISHER_PORT.`,
    )
  } else if (port !== 0 && port === public_.port) {
    problems.push(
      `PUBLISHER_PREVIEW_PORT="${portValue}" is also PUBLISHER_PORT: the preview needs an address of its own. Use 4401, or another free port.`,
    )
  }

  const dirValue = set(env.PUBLISHER_PREVIEW_DIR) ?? DEFAULTS.previewSiteDir
  const siteDir = isAbsolute(dirValue) ? dirValue : resolve(REPO_ROOT, dirValue)
  if (replacesProjectFiles(siteDir) || siteDir === public_.siteDir) {
    problems.push(
      `PUBLISHER_PREVIEW_DIR="${dirValue}" is ${siteDir === public_.siteDir ? 'the public site' : "a folder of the project's own"}: ` +
        `each preview build replaces the whole folder. Use a folder of its own, such as ${DEFAULTS.previewSiteDir} (the default).`,
    )
  }

  const secret = env.PUBLISHER_PREVIEW_SECRET
  if (secret !== undefined && secret.trim() !== '' && secret.length < MIN_SECRET_LENGTH) {
    problems.push(
      `PUBLISHER_PREVIEW_SECRET is ${secret.length} characters long, under the ${MIN_SECRET_LENGTH} the publisher asks for. ` +
        'Generate a longer one with `openssl rand -base64 32`.',
    )
  } else if ((secret === undefined || secret.trim() === '') && public_.source.kind === 'dataset-file') {
    problems.push(
      'PUBLISHER_PREVIEW_SECRET is not set, and the content is a dataset file: the preview cannot check the secrets ' +
        'the Presentation tool keeps in the Content Lake, so it opens with this one instead. Generate one with ' +
        '`openssl rand -base64 32`, set it here, and open the preview from the Studio\'s "Site public" tool with it.',
    )
  }

  let release: string | undefined
  try {
    // The preview's own requirements: a read token for the Content Lake's drafts, a well-formed release name.
    release = previewConfigFromEnv(env).release
  } catch (error) {
    if (!isContentError(error)) throw error
    problems.push(error.message)
  }

  if (port === undefined) return null
  return { port, siteDir, secret: secret?.trim() ? secret : undefined, release }
}

/** The content source in words, for the start-up log: never the token, only whether there is one. */
export function describeSource(source: SourceConfig): string {
  if (source.kind === 'dataset-file') return `dataset file ${relative(REPO_ROOT, source.file) || source.file}`
  const host = source.apiHost ?? 'https://api.sanity.io'
  return `Content Lake ${host}, project ${source.projectId}, dataset ${source.dataset}${source.token ? ', with a read token' : ''}`
}
