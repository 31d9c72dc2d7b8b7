import type { Decorator, TalkFormat } from '@weshare/schema'

/** Inline styles the importer keeps from Markdown and HTML: the decorators of rich text. */
export type InlineMark = Decorator

/** A run of text with the same styling: one Portable Text span. */
export interface InlineSpan {
  text: string
  marks: InlineMark[]
  /** Target of the link this text is part of. */
  href?: string
}

/** A paragraph, list item or sub-heading of a recap, with the line of the input it starts on. */
export interface TextParagraph {
  kind: 'text'
  line: number
  spans: InlineSpan[]
  /** `subheading` for an h4 (or deeper) inside a talk: a heading within its recap. */
  style: 'normal' | 'subheading'
  listItem?: 'bullet' | 'number'
  /** Nesting depth of a list item, from 1. */
  level?: number
}

/** A code sample (Markdown fence, HTML `<pre>`). */
export interface CodeParagraph {
  kind: 'code'
  line: number
  code: string
  language?: string
}

export type Paragraph = TextParagraph | CodeParagraph

/** A talk as the recap presents it: a title and the paragraphs under it. */
export interface OutlineTalk {
  title: string
  line: number
  paragraphs: Paragraph[]
}

/** The talks under one format heading. */
export interface OutlineSection {
  format: TalkFormat
  line: number
  talks: OutlineTalk[]
}

/** Something of the input the importer left out, and why: shown to the user, never dropped silently. */
export interface Unmapped {
  line: number
  text: string
  why: string
}

/**
 * What every input layout (Markdown, HTML, plain text) is reduced to before documents are made:
 * one session, its intro, and its talks grouped by format in the order the recap presents them.
 */
export interface RecapOutline {
  title?: string
  intro: Paragraph[]
  sections: OutlineSection[]
  unmapped: Unmapped[]
}

/** The text of a paragraph without its styling, for the speaker and tag heuristics. */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.kind === 'code' ? paragraph.code : paragraph.spans.map((span) => span.text).join('')
}

/** A short excerpt of a line for the report. */
export function excerpt(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
