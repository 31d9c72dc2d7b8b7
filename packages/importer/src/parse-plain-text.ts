import { talkFormat } from '@weshare/schema'
import { isContentsHeading, matchFormat } from './match-format.ts'
import type { OutlineSection, OutlineTalk, RecapOutline, TextParagraph } from './outline.ts'
import { excerpt } from './outline.ts'

/** Talk titles in the source recap are at most 82 characters; recap paragraphs are sentences well past this. */
const TITLE_MAX_LENGTH = 120

const LIST_MARKER = /^(?:[-*•–—]|\d{1,2}[.)])\s+/
/** A line ending like this is a sentence or introduces what follows, so it is not a title. */
const SENTENCE_END = /[.,;:…]$/

/** Could this line be a talk title? Short, starting like a title, not ending like a sentence. */
function looksLikeTitle(line: string): boolean {
  return (
    line.length < TITLE_MAX_LENGTH &&
    /^[\p{Lu}\p{N}"«“'(]/u.test(line) &&
    !SENTENCE_END.test(line) &&
    !LIST_MARKER.test(line)
  )
}

function textParagraph(line: number, text: string, listItem?: 'bullet' | 'number'): TextParagraph {
  return {
    kind: 'text',
    line,
    spans: [{ text, marks: [] }],
    style: 'normal',
    ...(listItem ? { listItem, level: 1 } : {}),
  }
}

/**
 * Reads a recap laid out as plain text, one block per line, like the archived source post: a line
 * equal to a format heading ("Quickie", "REXs", "Conférences"…) starts a section; in a section, a short
 * title-like line that follows the heading or a paragraph starts a talk; other lines are paragraphs of
 * the current talk. Lines before the first format heading are the intro (a "Sommaire" line is skipped,
 * a first short line is the session title). A line starting in lowercase continues the paragraph above;
 * short lines after a paragraph ending with a colon are list items, up to one ending with a period.
 */
export function parsePlainText(source: string): RecapOutline {
  const outline: RecapOutline = { intro: [], sections: [], unmapped: [] }
  let section: OutlineSection | undefined
  let talk: OutlineTalk | undefined
  let previous: 'start' | 'heading' | 'title' | 'paragraph' = 'start'
  let lastParagraph: TextParagraph | undefined
  // After a paragraph ending with a colon, short lines are the items of the list it introduces.
  let inColonList = false

  const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/)
  for (const [index, raw] of lines.entries()) {
    const lineNumber = index + 1
    const text = raw.replace(/\s+/g, ' ').trim()
    if (text === '') continue

    const format = matchFormat(text)
    if (format) {
      section = { format, line: lineNumber, talks: [] }
      outline.sections.push(section)
      talk = undefined
      lastParagraph = undefined
      inColonList = false
      previous = 'heading'
      continue
    }
    if (!section && isContentsHeading(text)) continue

    const lastText = lastParagraph?.spans.at(-1)?.text ?? ''
    const continues =
      previous === 'paragraph' && lastParagraph !== undefined && /^\p{Ll}/u.test(text) && !SENTENCE_END.test(lastText)
    if (continues && lastParagraph) {
      const lastSpan = lastParagraph.spans.at(-1)
      if (lastSpan) lastSpan.text = `${lastSpan.text} ${text}`
      continue
    }

    if (!section) {
      if (previous === 'start' && outline.title === undefined && looksLikeTitle(text)) {
        outline.title = text
        previous = 'title'
        continue
      }
      lastParagraph = listOrParagraph(lineNumber, text)
      outline.intro.push(lastParagraph)
      previous = 'paragraph'
      continue
    }

    if (inColonList && text.length < TITLE_MAX_LENGTH) {
      // Items of a list a colon introduced: "trois étapes :" then "un audit ;", …, "la rotation.".
      lastParagraph = listOrParagraph(lineNumber, text, 'bullet')
      talk?.paragraphs.push(lastParagraph)
      inColonList = !text.endsWith('.')
      continue
    }
    inColonList = false

    if ((previous === 'heading' || previous === 'paragraph') && looksLikeTitle(text)) {
      talk = { title: text, line: lineNumber, paragraphs: [] }
      section.talks.push(talk)
      lastParagraph = undefined
      previous = 'title'
      continue
    }

    lastParagraph = listOrParagraph(lineNumber, text)
    previous = 'paragraph'
    inColonList = talk !== undefined && text.endsWith(':')
    if (talk) talk.paragraphs.push(lastParagraph)
    else {
      outline.unmapped.push({
        line: lineNumber,
        text: excerpt(text),
        why: `paragraph before any talk title in the ${talkFormat(section.format).label} section: left out; put the talk title on the line above it`,
      })
    }
  }
  return outline
}

function listOrParagraph(line: number, text: string, unmarked?: 'bullet'): TextParagraph {
  const marker = LIST_MARKER.exec(text)
  if (!marker) return textParagraph(line, text, unmarked)
  return textParagraph(line, text.slice(marker[0].length), /^\d/.test(marker[0]) ? 'number' : 'bullet')
}
