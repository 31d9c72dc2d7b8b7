import { marked } from 'marked'
import type { Token, Tokens } from 'marked'
import { decodeEntities } from './decode-entities.ts'
import { span, tidySpans } from './inline-spans.ts'
import type { HeadingBlock } from './outline-from-headings.ts'
import { outlineFromHeadings } from './outline-from-headings.ts'
import type { InlineMark, InlineSpan, RecapOutline } from './outline.ts'
import { excerpt } from './outline.ts'

interface InlineContext {
  marks: InlineMark[]
  href?: string
  line: number
  skipped: HeadingBlock[]
}

function inlineSpans(tokens: ReadonlyArray<Token>, context: InlineContext): InlineSpan[] {
  return tokens.flatMap((token): InlineSpan[] => {
    switch (token.type) {
      case 'text':
        return 'tokens' in token && token.tokens
          ? inlineSpans(token.tokens, context)
          : [span(decodeEntities(token.text).replace(/\s*\n\s*/g, ' '), context.marks, context.href)]
      case 'escape':
        return [span(token.text, context.marks, context.href)]
      case 'codespan':
        return [span(decodeEntities(token.text), [...context.marks, 'code'], context.href)]
      case 'strong':
      case 'em':
        return inlineSpans((token as Tokens.Strong | Tokens.Em).tokens, {
          ...context,
          marks: [...context.marks, token.type],
        })
      case 'del':
        return inlineSpans((token as Tokens.Del).tokens, context)
      case 'link':
        return inlineSpans((token as Tokens.Link).tokens, { ...context, href: (token as Tokens.Link).href })
      case 'br':
        return [span('\n', context.marks, context.href)]
      case 'image':
        context.skipped.push({
          type: 'skipped',
          item: { line: context.line, text: token.raw, why: 'image: not imported; add it in the Studio' },
        })
        return []
      case 'html':
        // Inline tags such as <kbd> or <sup>: keep their text, not their markup.
        return [span(decodeEntities(token.raw.replace(/<[^>]*>/g, '')), context.marks, context.href)]
      default:
        return [span('raw' in token ? token.raw : '', context.marks, context.href)]
    }
  })
}

/** Counts lines as it walks forward through the source, so each token gets the line it starts on. */
class LineCounter {
  readonly source: string
  offset = 0
  line = 1

  constructor(source: string) {
    this.source = source
  }

  /** Moves to `raw`, searched from the current position, and returns the line it starts on. */
  advanceTo(raw: string): number {
    const found = raw === '' ? -1 : this.source.indexOf(raw, this.offset)
    if (found === -1) return this.line
    this.line += countNewlines(this.source.slice(this.offset, found))
    this.offset = found
    return this.line
  }
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1
}

function listBlocks(list: Tokens.List, level: number, lines: LineCounter, skipped: HeadingBlock[]): HeadingBlock[] {
  return list.items.flatMap((item) => {
    const line = lines.advanceTo(item.raw)
    const own = item.tokens.filter((token) => token.type !== 'list')
    const spans = tidySpans(
      own.flatMap((token, index) => {
        const inline = 'tokens' in token && token.tokens ? inlineSpans(token.tokens, { marks: [], line, skipped }) : []
        return index === 0 ? inline : [span(' ', [], undefined), ...inline]
      }),
    )
    const nested = item.tokens.filter((token): token is Tokens.List => token.type === 'list')
    const ownBlock: HeadingBlock[] =
      spans.length === 0
        ? []
        : [
            {
              type: 'paragraph',
              paragraph: {
                kind: 'text',
                line,
                spans,
                style: 'normal',
                listItem: list.ordered ? 'number' : 'bullet',
                level,
              },
            },
          ]
    return [...ownBlock, ...nested.flatMap((sublist) => listBlocks(sublist, level + 1, lines, skipped))]
  })
}

function blocksOf(tokens: ReadonlyArray<Token>, lines: LineCounter): HeadingBlock[] {
  return tokens.flatMap((token): HeadingBlock[] => {
    const line = lines.advanceTo(token.raw)
    const skipped: HeadingBlock[] = []
    let blocks: HeadingBlock[]
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading
        const text = tidySpans(inlineSpans(heading.tokens, { marks: [], line, skipped }))
          .map((item) => item.text)
          .join('')
        blocks = [{ type: 'heading', depth: heading.depth, text, line }]
        break
      }
      case 'paragraph': {
        const spans = tidySpans(inlineSpans((token as Tokens.Paragraph).tokens, { marks: [], line, skipped }))
        blocks =
          spans.length === 0 ? [] : [{ type: 'paragraph', paragraph: { kind: 'text', line, spans, style: 'normal' } }]
        break
      }
      case 'list':
        blocks = listBlocks(token as Tokens.List, 1, lines, skipped)
        break
      case 'code': {
        const code = token as Tokens.Code
        blocks = [
          {
            type: 'paragraph',
            paragraph: { kind: 'code', line, code: code.text, ...(code.lang ? { language: code.lang } : {}) },
          },
        ]
        break
      }
      case 'blockquote':
        blocks = blocksOf((token as Tokens.Blockquote).tokens, lines)
        break
      case 'space':
      case 'hr':
        blocks = []
        break
      default:
        blocks = [
          {
            type: 'skipped',
            item: {
              line,
              text: excerpt(token.raw),
              why: `${token.type === 'html' ? 'HTML block' : token.type}: not imported; recreate it in the Studio`,
            },
          },
        ]
    }
    return [...blocks, ...skipped]
  })
}

/** Reads a Markdown recap: `#` session title, `##` formats, `###` talks, paragraphs and lists as recaps. */
export function parseMarkdown(source: string): RecapOutline {
  const normalized = source.replace(/\r\n?/g, '\n')
  return outlineFromHeadings(blocksOf(marked.lexer(normalized), new LineCounter(normalized)))
}
