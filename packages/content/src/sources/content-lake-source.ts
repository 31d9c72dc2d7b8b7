import { createClient, type ClientPerspective, type SanityClient } from '@sanity/client'
import { ContentError } from '../content-error.ts'
import type { ContentSource } from './source.ts'

export interface ContentLakeOptions {
  projectId: string
  dataset: string
  apiVersion: string
  /** Read token for private datasets. Sent to the API only; never logged or returned. */
  token?: string | undefined
  /** Another API host, e.g. `http://127.0.0.1:4000` for tests. */
  apiHost?: string | undefined
  /** Attempts for one query when the API answers 429 or 5xx or the network fails. */
  attempts?: number
  /** Milliseconds before the first retry; doubles after each. */
  retryDelayMs?: number
  /** Milliseconds before a request is abandoned. */
  timeoutMs?: number
  /** Longest wait a Retry-After header gets (default MAX_RETRY_AFTER_MS). */
  maxRetryAfterMs?: number
  /** Where notes about retries go (a capped Retry-After). */
  log?: (line: string) => void
  /** Which view of the content to read: `published` for the site, `drafts` (with a token) for a preview. */
  perspective?: ClientPerspective
}

const RETRYABLE = new Set([429, 500, 502, 503, 504])

/**
 * The longest wait a Retry-After header gets: beyond it the build would sit idle longer than a
 * failed build takes to rerun. A longer header is cut to this, and the log says so.
 */
export const MAX_RETRY_AFTER_MS = 10_000

interface HttpFailure {
  statusCode?: number
  response?: { headers?: Record<string, string | undefined> }
  message?: string
  code?: string
}

function hintFor(status: number | undefined, options: ContentLakeOptions): string {
  switch (status) {
    case 401:
      return options.token
        ? 'The API rejected SANITY_API_READ_TOKEN: create a new read token in the project settings (API → Tokens) and set it again.'
        : 'The dataset is private: set SANITY_API_READ_TOKEN to a read token from the project settings (API → Tokens).'
    case 403:
      return 'The token has no read access to this dataset: give it the Viewer role or use another token.'
    case 404:
      return `Check SANITY_PROJECT_ID ("${options.projectId}") and SANITY_DATASET ("${options.dataset}"): the dataset must exist in that project (\`sanity dataset list\`).`
    case 429:
      return 'The API kept rate-limiting the build: wait a minute and build again, or lower the number of parallel builds.'
    case undefined:
      return 'Check the network and SANITY_API_HOST, then build again.'
    default:
      if (status < 400)
        return 'The answer was not the JSON the Query API sends: check that SANITY_API_HOST points at the Sanity API.'
      return status >= 500
        ? 'The Content Lake kept failing: check https://www.sanity-status.com and build again.'
        : 'Check the query and the project settings.'
  }
}

/** Reads published documents from Sanity's Content Lake through `@sanity/client`. */
export class ContentLakeSource implements ContentSource {
  readonly description: string
  readonly unpublishedIgnored = null
  private readonly client: SanityClient
  private readonly options: Required<Pick<ContentLakeOptions, 'attempts' | 'retryDelayMs'>> & ContentLakeOptions
  private readonly host: string

  constructor(options: ContentLakeOptions) {
    this.options = { attempts: 4, retryDelayMs: 500, ...options }
    this.host = options.apiHost ?? 'https://api.sanity.io'
    const perspective = options.perspective ?? 'published'
    this.description = `Content Lake ${this.host}, project ${options.projectId}, dataset ${options.dataset}${perspective === 'published' ? '' : `, perspective ${JSON.stringify(perspective)}`}`
    this.client = createClient({
      projectId: options.projectId,
      dataset: options.dataset,
      apiVersion: options.apiVersion,
      // Builds need the latest published content, not the CDN's cached copy.
      useCdn: false,
      perspective,
      token: options.token,
      ...(options.apiHost ? { apiHost: options.apiHost, useProjectHostname: false } : {}),
      timeout: options.timeoutMs ?? 30_000,
      // Retries are ours, so that every failure ends in one message naming what to check.
      maxRetries: 0,
      ignoreBrowserTokenWarning: true,
    })
  }

  async fetch(query: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const { attempts, retryDelayMs } = this.options
    for (let attempt = 1; ; attempt++) {
      try {
        const response: unknown = await this.client.fetch(query, params, { filterResponse: false })
        if (typeof response !== 'object' || response === null || !('result' in response)) {
          throw this.failure(
            {
              statusCode: 200,
              message: `the answer has no "result": ${this.redact(JSON.stringify(response) ?? 'empty body').slice(0, 80)}`,
            },
            attempt,
          )
        }
        return response.result
      } catch (error) {
        if (error instanceof ContentError) throw error
        const failure = error as HttpFailure
        const status = failure.statusCode
        const retryable = status === undefined || RETRYABLE.has(status)
        if (!retryable || attempt >= attempts) throw this.failure(failure, attempt)
        const retryAfter = Number(failure.response?.headers?.['retry-after'])
        let delay =
          Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : retryDelayMs * 2 ** (attempt - 1)
        const cap = this.options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS
        if (delay > cap) {
          ;(this.options.log ?? console.warn)(
            `The Content Lake asked to wait ${Math.round(delay / 1000)} s before retrying (HTTP ${String(status)}, Retry-After); waiting ${cap / 1000} s, the most a build waits, then retrying (attempt ${attempt + 1} of ${attempts}).`,
          )
          delay = cap
        }
        await new Promise((resolve) => setTimeout(resolve, delay))
      }
    }
  }

  private failure(failure: HttpFailure, attempts: number): ContentError {
    const status = failure.statusCode
    let what =
      status === undefined ? `no usable answer (${this.redact(failure.message ?? String(failure))})` : `HTTP ${status}`
    if (status !== undefined && failure.message) what += ` (${this.redact(failure.message)})`
    return new ContentError(
      `Content Lake query failed: host ${this.host}, project ${this.options.projectId}, dataset ${this.options.dataset}: ` +
        `${what} after ${attempts} attempt(s). ${hintFor(status, this.options)}`,
      { cause: failure },
    )
  }

  /** A token must never reach a log, even inside an error message echoed by a proxy. */
  private redact(text: string): string {
    return this.options.token ? text.split(this.options.token).join('[token]') : text
  }
}
