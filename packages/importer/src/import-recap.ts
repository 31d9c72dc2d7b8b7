import type { ContentProblem, DatasetDocument, TalkFormat } from '@weshare/schema'
import type { InputFormat } from './detect-format.ts'
import { detectFormat } from './detect-format.ts'
import { sessionTitleFromDates } from './session-title.ts'
import { findDates, mentionedMonths } from './find-dates.ts'
import { findSpeakers } from './find-speakers.ts'
import { findTags } from './find-tags.ts'
import { ImportError } from './import-error.ts'
import type { RecapOutline, Unmapped } from './outline.ts'
import { paragraphText } from './outline.ts'
import { parseHtml } from './parse-html.ts'
import { parseMarkdown } from './parse-markdown.ts'
import { parsePlainText } from './parse-plain-text.ts'
import { slugify } from '@weshare/schema'
import type { ImportedTalk } from './to-documents.ts'
import { toDocuments } from './to-documents.ts'
import { validateOutput } from './validate-output.ts'

export interface ImportOptions {
  /** Name of the input file: picks the layout by extension and names the input in messages. */
  file: string
  /** Layout of the input, when its extension does not say it. */
  format?: InputFormat
  /** Session title, instead of the recap's h1 (or of a title made from the dates). */
  title?: string
  /** WeShare days of the session (YYYY-MM-DD), instead of the dates written in the recap's intro. */
  dates?: string[]
  /** Adds a default siteSettings document so the output builds the site on its own. */
  withSiteSettings?: boolean
}

/** What the import did, for the report. */
export interface ImportSummary {
  file: string
  inputFormat: InputFormat
  title: string
  titleFrom: 'option' | 'recap' | 'dates'
  dates: string[]
  datesFrom: 'option' | 'recap'
  introParagraphs: number
  talks: Array<{ title: string; format: TalkFormat; line: number; speakers: string[]; tags: string[] }>
  /** Speakers in order of first appearance, with the titles of their talks. */
  speakers: Array<{ name: string; talks: string[] }>
  tags: string[]
  /** Everything left out or changed, by line. */
  unmapped: Unmapped[]
  withSiteSettings: boolean
}

export interface ImportResult {
  /** Empty when no talk was found. */
  documents: DatasetDocument[]
  summary: ImportSummary
  /** What the zod schemas (and reference checks) say about the documents; empty when they are valid. */
  problems: ContentProblem[]
}

const PARSERS: Record<InputFormat, (source: string) => RecapOutline> = {
  markdown: parseMarkdown,
  html: parseHtml,
  text: parsePlainText,
}

function sessionDates(outline: RecapOutline, options: ImportOptions): string[] {
  if (options.dates && options.dates.length > 0) return options.dates
  const text = [outline.title ?? '', ...outline.intro.map(paragraphText)].join('\n')
  const found = findDates(text)
  if (found.length > 0) return found
  const months = mentionedMonths(text)
  throw new ImportError(
    `${options.file} gives no date for the session: its title and intro name no day such as "6 février 2023" or 2023-02-06` +
      `${months.length > 0 ? ` (they mention ${months.join(', ')}, without a day and a year)` : ''}, and the importer does not guess one. ` +
      'Pass the WeShare days with --dates, comma-separated YYYY-MM-DD, e.g. --dates 2023-02-06,2023-03-06.',
  )
}

/**
 * Converts an archived recap (Markdown, HTML or plain text) into the dataset documents of one session:
 * the session, its talks, their speakers and tags, validated with the schemas of @weshare/schema.
 * Talks that cannot be imported whole (no recap text, no speaker found) are left out and reported.
 */
export function importRecap(source: string, options: ImportOptions): ImportResult {
  const inputFormat = options.format ?? detectFormat(options.file, source)
  const outline = PARSERS[inputFormat](source)
  const unmapped = [...outline.unmapped]

  const talks: ImportedTalk[] = []
  for (const section of outline.sections) {
    for (const talk of section.talks) {
      if (talk.paragraphs.length === 0) {
        unmapped.push({ line: talk.line, text: talk.title, why: 'talk has no recap text under its title: left out' })
        continue
      }
      const speakers = findSpeakers(talk)
      if (speakers.length === 0) {
        unmapped.push({
          line: talk.line,
          text: talk.title,
          why: 'no speaker found (a first name as subject, such as "Rémi nous présente…"): talk left out; name the speaker that way in the recap, or add the talk in the Studio',
        })
        continue
      }
      const tags = findTags([talk.title, ...talk.paragraphs.map(paragraphText)].join('\n'))
      talks.push({
        title: talk.title,
        format: section.format,
        line: talk.line,
        paragraphs: talk.paragraphs,
        speakers,
        tags,
      })
    }
  }

  const dates = talks.length > 0 ? sessionDates(outline, options) : (options.dates ?? [])
  const title = options.title ?? outline.title ?? (dates.length > 0 ? sessionTitleFromDates(dates) : '')
  const titleFrom = options.title !== undefined ? 'option' : outline.title !== undefined ? 'recap' : 'dates'

  let documents: DatasetDocument[] = []
  let problems: ContentProblem[] = []
  if (talks.length > 0) {
    const result = toDocuments(
      { title, dates, intro: outline.intro, talks },
      { withSiteSettings: options.withSiteSettings ?? false },
    )
    documents = result.documents
    unmapped.push(...result.unmapped)
    problems = validateOutput(documents)
  }

  const speakers: ImportSummary['speakers'] = []
  for (const talk of talks) {
    for (const name of talk.speakers) {
      // Keyed like the speaker documents, so "Rémi" and "Remi" are one speaker here too.
      const speaker = speakers.find((item) => slugify(item.name) === slugify(name))
      if (speaker) speaker.talks.push(talk.title)
      else speakers.push({ name, talks: [talk.title] })
    }
  }

  return {
    documents,
    problems,
    summary: {
      file: options.file,
      inputFormat,
      title,
      titleFrom,
      dates: [...new Set(dates)].sort(),
      datesFrom: options.dates && options.dates.length > 0 ? 'option' : 'recap',
      introParagraphs: outline.intro.length,
      talks: talks.map((talk) => ({
        title: talk.title,
        format: talk.format,
        line: talk.line,
        speakers: talk.speakers,
        tags: talk.tags.map((tag) => tag.title),
      })),
      speakers,
      tags: documents.flatMap((document) => (document._type === 'tag' ? [document.title] : [])),
      unmapped: unmapped.sort((a, b) => a.line - b.line),
      withSiteSettings: options.withSiteSettings ?? false,
    },
  }
}
