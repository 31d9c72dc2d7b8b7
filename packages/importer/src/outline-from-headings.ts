import { TALK_FORMATS, talkFormat } from '@weshare/schema'
import type { OutlineSection, OutlineTalk, Paragraph, RecapOutline, Unmapped } from './outline.ts'
import { excerpt, paragraphText } from './outline.ts'
import { isContentsHeading, matchFormat } from './match-format.ts'

/** One block of a document with real headings (Markdown, HTML), in reading order. */
export type HeadingBlock =
  | { type: 'heading'; depth: number; text: string; line: number }
  | { type: 'paragraph'; paragraph: Paragraph }
  | { type: 'skipped'; item: Unmapped }

const FORMAT_HEADINGS = TALK_FORMATS.map((format) => format.heading).join(', ')

/**
 * Builds the outline of a recap whose structure is in its headings: h1 is the session title, an h2 that
 * names a format starts a section, an h3 in a section starts a talk, and deeper headings are
 * sub-headings of the talk's recap. Text before the first format heading is the intro; a "Sommaire"
 * heading and the list under it are the table of contents and are skipped.
 */
export function outlineFromHeadings(blocks: ReadonlyArray<HeadingBlock>): RecapOutline {
  const outline: RecapOutline = { intro: [], sections: [], unmapped: [] }
  let section: OutlineSection | undefined
  let unknownHeading: string | undefined
  // `dropped` while reading the text of a talk that was reported as left out.
  let talk: OutlineTalk | 'dropped' | undefined
  let inContents = false

  const report = (line: number, text: string, why: string) => outline.unmapped.push({ line, text: excerpt(text), why })

  for (const block of blocks) {
    if (block.type === 'skipped') {
      outline.unmapped.push(block.item)
      continue
    }
    if (block.type === 'paragraph') {
      const { paragraph } = block
      if (inContents && paragraph.kind === 'text' && paragraph.listItem) continue
      inContents = false
      if (talk === 'dropped') continue
      if (talk) talk.paragraphs.push(paragraph)
      else if (outline.sections.length === 0) outline.intro.push(paragraph)
      else if (section) {
        report(
          paragraph.line,
          paragraphText(paragraph),
          `paragraph before any talk title in the ${talkFormat(section.format).label} section: left out; put a talk title (h3) above it`,
        )
      } else {
        report(
          paragraph.line,
          paragraphText(paragraph),
          `paragraph under the heading "${unknownHeading}", which is not a talk format: left out`,
        )
      }
      continue
    }

    const { depth, text, line } = block
    inContents = false
    if (depth === 1) {
      if (outline.title === undefined) outline.title = text
      else report(line, text, `second top-level heading: left out; the session title is "${outline.title}"`)
    } else if (depth === 2) {
      talk = undefined
      const format = matchFormat(text)
      if (isContentsHeading(text)) {
        inContents = true
      } else if (format) {
        section = { format, line, talks: [] }
        outline.sections.push(section)
        unknownHeading = undefined
      } else if (outline.sections.length === 0) {
        report(line, text, `heading is not a talk format (${FORMAT_HEADINGS}): its text is kept in the session intro`)
      } else {
        section = undefined
        unknownHeading = text
        report(
          line,
          text,
          `heading is not a talk format (${FORMAT_HEADINGS}): the talks under it are left out; rename it to one of these`,
        )
      }
    } else if (depth === 3) {
      if (section) {
        talk = { title: text, line, paragraphs: [] }
        section.talks.push(talk)
      } else {
        talk = 'dropped'
        report(
          line,
          text,
          unknownHeading
            ? `talk under the heading "${unknownHeading}", which is not a talk format: left out`
            : 'talk title before any format heading: left out; put it under a format heading (h2 such as "Conférences")',
        )
      }
    } else if (talk && talk !== 'dropped') {
      talk.paragraphs.push({ kind: 'text', line, spans: [{ text, marks: [] }], style: 'subheading' })
    } else if (talk !== 'dropped') {
      if (outline.sections.length === 0)
        outline.intro.push({ kind: 'text', line, spans: [{ text, marks: [] }], style: 'normal' })
      else report(line, text, 'sub-heading outside any talk: left out')
    }
  }
  return outline
}
