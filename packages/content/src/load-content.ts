import type { ContentProblem } from '@weshare/schema'
import {
  countLabel,
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
  SessionRowSchema,
  SiteSettingsEntrySchema,
  SpeakerRowSchema,
  TalkRowSchema,
  TagRowSchema,
  editorErrorMap,
  formatProblems,
  problemsFromIssues,
  richTextWarnings,
  subjectOf,
  validateDocument,
} from '@weshare/schema'
import type { z } from 'zod'
import { ContentError } from './content-error.ts'
import { danglingAssetProblems } from './images/dangling-assets.ts'
import { integrityProblems } from './integrity.ts'
import { joinRows } from './join.ts'
import {
  documentsQuery,
  sessionsQuery,
  siteSettingsQuery,
  speakersQuery,
  talksQuery,
  tagsQuery,
} from './queries/queries.ts'
import type { SiteContent } from './site-content.ts'
import type { ContentSource } from './sources/source.ts'

export interface LoadOptions {
  /** Adds a Studio edit link to each reported problem (`SANITY_STUDIO_URL`). */
  studioUrl?: string | undefined
  /** Where the summary and warnings go. */
  log?: (line: string) => void
}

export interface LoadResult {
  content: SiteContent
  warnings: ContentProblem[]
  /** One line: source, counts per type, unpublished documents ignored, time. */
  summary: string
  timings: { fetchMs: number; validateMs: number; queriesMs: number }
}

/** A failed content check: `message` is the whole report, one line per problem. */
export class ContentValidationError extends ContentError {
  override name = 'ContentError'
  readonly problems: ContentProblem[]
  constructor(problems: ContentProblem[], report: string) {
    super(report)
    this.problems = problems
  }
}

/** "1 error", "0 warnings": counts in the build log, which is written in English. */
const inEnglish = (count: number, word: string) => countLabel(count, { one: word, other: `${word}s` }, 'en')

function parseEntries<S extends z.ZodType>(
  schema: S,
  type: string,
  value: unknown,
  problems: ContentProblem[],
): Array<z.output<S>> {
  const entries = Array.isArray(value) ? (value as unknown[]) : []
  const parsed: Array<z.output<S>> = []
  for (const entry of entries) {
    const result = schema.safeParse(entry, { error: editorErrorMap })
    if (result.success) {
      parsed.push(result.data)
      continue
    }
    problems.push(...problemsFromIssues(subjectOf(entry, type), result.error.issues))
  }
  return parsed
}

/**
 * Loads everything the site publishes from a source: checks every stored document and the links
 * between them, then runs the page queries and checks their results. Throws a ContentValidationError
 * listing every problem at once when anything would publish a broken page.
 */
export async function loadContent(source: ContentSource, options: LoadOptions = {}): Promise<LoadResult> {
  const format = (problems: ContentProblem[]) =>
    formatProblems(problems, { studioUrl: options.studioUrl, typeLabels: DOCUMENT_TYPE_LABELS })
  const fail = (problems: ContentProblem[]) => {
    const errors = problems.filter((problem) => problem.severity === 'error')
    // The report is for editors: its header is in French, like its lines.
    const header =
      `Le contenu de ${source.description} ne peut pas être publié : ${countLabel(errors.length, { one: 'erreur', other: 'erreurs' })}` +
      `, ${countLabel(problems.length - errors.length, { one: 'avertissement', other: 'avertissements' })}. Corrigez chaque ligne ci-dessous dans le Studio, publiez, puis relancez la construction du site.`
    return new ContentValidationError(problems, `${header}\n${format(problems)}`)
  }

  const started = performance.now()
  const documents = (await source.fetch(documentsQuery, { types: DOCUMENT_TYPES })) as Array<{
    _id: string
    _type: string
  }>
  const fetched = performance.now()

  const problems = [
    ...(source.problems ?? []),
    ...documents.flatMap(validateDocument),
    ...integrityProblems(documents),
    ...documents.flatMap(richTextWarnings),
  ]
  const validated = performance.now()
  if (problems.some((problem) => problem.severity === 'error')) throw fail(problems)

  const [sessionsRaw, talksRaw, speakersRaw, tagsRaw, settingsRaw] = await Promise.all([
    source.fetch(sessionsQuery),
    source.fetch(talksQuery),
    source.fetch(speakersQuery),
    source.fetch(tagsQuery),
    source.fetch(siteSettingsQuery),
  ])
  const dangling = [
    ...danglingAssetProblems(sessionsRaw, 'session'),
    ...danglingAssetProblems(talksRaw, 'talk'),
    ...danglingAssetProblems(speakersRaw, 'speaker'),
  ]
  const rowProblems: ContentProblem[] = []
  const rows = {
    sessions: parseEntries(SessionRowSchema, 'session', sessionsRaw, rowProblems),
    talks: parseEntries(TalkRowSchema, 'talk', talksRaw, rowProblems),
    speakers: parseEntries(SpeakerRowSchema, 'speaker', speakersRaw, rowProblems),
    tags: parseEntries(TagRowSchema, 'tag', tagsRaw, rowProblems),
  }
  const [settings] = parseEntries(
    SiteSettingsEntrySchema,
    'siteSettings',
    [{ _id: 'siteSettings', ...(settingsRaw as object) }],
    rowProblems,
  )
  // A dangling image is reported once, with its reference, and not again as a null asset.
  const resultProblems = [
    ...dangling,
    ...rowProblems.filter(
      (problem) =>
        !dangling.some(
          ({ subject, path }) =>
            subject.id === problem.subject.id && (problem.path === path || problem.path.startsWith(`${path}.`)),
        ),
    ),
  ]
  const queried = performance.now()
  if (resultProblems.length > 0 || !settings) throw fail([...problems, ...resultProblems])

  const counts = DOCUMENT_TYPES.map((type) =>
    inEnglish(documents.filter((doc) => doc._type === type).length, type),
  ).join(', ')
  const ignored =
    source.unpublishedIgnored === null
      ? 'drafts excluded by the published perspective'
      : `${inEnglish(source.unpublishedIgnored, 'unpublished document')} ignored (drafts, versions, system)`
  const summary = `Loaded ${source.description}: ${counts}; ${ignored}; ${Math.round(queried - started)} ms.`
  options.log?.(summary)
  if (problems.length > 0) {
    options.log?.(
      `${countLabel(problems.length, { one: 'avertissement', other: 'avertissements' })} : le site est publié, mais corrigez ces lignes dans le Studio.\n${format(problems)}`,
    )
  }

  return {
    content: { settings, ...joinRows(rows) },
    warnings: problems,
    summary,
    timings: { fetchMs: fetched - started, validateMs: validated - fetched, queriesMs: queried - validated },
  }
}
