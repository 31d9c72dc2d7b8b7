import type { ContentProblem } from '@weshare/schema'

/** Where content comes from: a dataset file evaluated locally, or the Content Lake. */
export interface ContentSource {
  /** Names the source in logs and errors, e.g. `dataset file studio/seed/sample.ndjson`. */
  readonly description: string
  /** Runs a GROQ query over published documents. */
  fetch(query: string, params?: Record<string, unknown>): Promise<unknown>
  /** Documents left out because they are not published (drafts, release versions, system); null when unknown. */
  readonly unpublishedIgnored: number | null
  /** Problems found while reading the source itself (a dataset file's image that cannot be read), reported with the others. */
  readonly problems?: ReadonlyArray<ContentProblem>
}
