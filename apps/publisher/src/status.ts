import { z } from 'zod'

/*
 * What `GET /status` answers. The Studio's "Site public" tool parses the same schema, so this file
 * imports zod alone: nothing of the server ends up in the Studio bundle.
 */

/** A document named by a failed content check, as the Studio opens it. */
export const ProblemDocumentSchema = z.object({
  type: z.string(),
  id: z.string(),
  /** Slug or title, whichever the document has. */
  label: z.string().nullable(),
})

/** One line of a failed content check's report, with the document it names. */
export const StatusProblemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  /** The line exactly as the build log prints it. */
  line: z.string(),
  document: ProblemDocumentSchema,
  /** Field path inside the document, as `speakers[1]._ref`; empty for the whole document. */
  path: z.string(),
})

/** One finished build. */
export const BuildOutcomeSchema = z.object({
  result: z.enum(['success', 'failure']),
  /** ISO 8601 times. */
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  /** `start` for the build the publisher runs when it starts, `webhook` for one that hooks asked for. */
  reason: z.enum(['start', 'webhook']),
  /** Ids of the documents whose hooks this build answered, in the order they arrived. */
  trigger: z.array(z.string()),
  /** The report lines of a failed content check; empty when the build succeeded or failed otherwise. */
  problems: z.array(StatusProblemSchema),
  /** Why a failed build failed, in one sentence; null on success. */
  error: z.string().nullable(),
})

export const BUILD_STATES = ['idle', 'pending', 'building'] as const

/** The secrets a preview link may carry (see PreviewSummarySchema.access). */
export const PREVIEW_ACCESS = ['studio-secret', 'shared-secret'] as const

/** The builds of one site: the public one, or the editors' preview. */
export const SiteBuildsSchema = z.object({
  /** `pending`: a rebuild waits for hooks to settle; `building`: one runs (another may be queued behind it). */
  state: z.enum(BUILD_STATES),
  /** A rebuild is queued behind the running one. */
  queued: z.boolean(),
  /** Builds finished since the publisher started, successful or not. */
  completedBuilds: z.number().int(),
  last: BuildOutcomeSchema.nullable(),
  /** When the site being served was published; null while nothing has been. */
  publishedAt: z.string().nullable(),
  /** How long the build of the site being served took. */
  publishedBuildMs: z.number().nullable(),
})

/**
 * The preview's builds, as its own address answers `GET /status` (behind the preview cookie): the
 * preview pages poll it and reload once `completedBuilds` or `publishedAt` moves.
 */
export const PreviewBuildsSchema = SiteBuildsSchema.extend({
  /** When the content the served preview shows was read (the time its banner prints); null before one is published. */
  contentTime: z.string().nullable(),
})

/**
 * The preview in the public status: when it was last built and from content read when, but none
 * of its problem lines or document ids, which may quote drafts.
 */
export const PreviewSummarySchema = PreviewBuildsSchema.pick({
  state: true,
  queued: true,
  completedBuilds: true,
  publishedAt: true,
  publishedBuildMs: true,
  contentTime: true,
}).extend({
  /** How the last preview build ended, and when; null before the first one ends. */
  last: BuildOutcomeSchema.pick({ result: true, finishedAt: true }).nullable(),
  /**
   * What opens the preview's enable link: a secret the Studio writes to the Content Lake (the
   * Presentation tool, or the "Site public" tool's button), or PUBLISHER_PREVIEW_SECRET typed by the editor.
   */
  access: z.array(z.enum(PREVIEW_ACCESS)),
})

export const PublisherStatusSchema = SiteBuildsSchema.extend({
  /** Absent when the publisher serves no preview. */
  preview: PreviewSummarySchema.optional(),
})

export type ProblemDocument = z.output<typeof ProblemDocumentSchema>
export type StatusProblem = z.output<typeof StatusProblemSchema>
export type BuildOutcome = z.output<typeof BuildOutcomeSchema>
export type BuildState = (typeof BUILD_STATES)[number]
export type PreviewAccessKind = (typeof PREVIEW_ACCESS)[number]
export type SiteBuilds = z.output<typeof SiteBuildsSchema>
export type PreviewBuilds = z.output<typeof PreviewBuildsSchema>
export type PreviewSummary = z.output<typeof PreviewSummarySchema>
export type PublisherStatus = z.output<typeof PublisherStatusSchema>
