import type { Block, BlockContent, CodeBlock, LinkMark, SimpleBlockContent, Span } from '@weshare/schema'
import { codeLanguage } from './code-language.ts'
import type { CodeParagraph, Paragraph, TextParagraph, Unmapped } from './outline.ts'
import { excerpt, paragraphText } from './outline.ts'
import { stableHash } from './stable-hash.ts'

/** Makes the `_key` of an array item from where it sits, e.g. `talk-mimir` + `body[2].children[0]`. */
export type KeyMaker = (path: string) => string

export function keyMaker(documentId: string): KeyMaker {
  return (path) => stableHash(documentId, path)
}

function textBlock<Style extends Block['style'], ListItem extends Block['listItem']>(
  paragraph: TextParagraph,
  path: string,
  key: KeyMaker,
  style: Style,
  listItem: ListItem,
) {
  const markDefs: LinkMark[] = []
  const children: Span[] = paragraph.spans.map((item, index) => {
    const marks: string[] = [...item.marks]
    if (item.href !== undefined) {
      let link = markDefs.find((mark) => mark.href === item.href)
      if (!link) {
        link = { _type: 'link', _key: key(`${path}.markDefs[${markDefs.length}]`), href: item.href }
        markDefs.push(link)
      }
      marks.push(link._key)
    }
    return { _type: 'span', _key: key(`${path}.children[${index}]`), text: item.text, marks }
  })
  return {
    _type: 'block' as const,
    _key: key(path),
    style,
    markDefs,
    children,
    ...(listItem ? { listItem, level: paragraph.level ?? 1 } : {}),
  }
}

function codeBlock(paragraph: CodeParagraph, path: string, key: KeyMaker, unmapped: Unmapped[]): CodeBlock {
  const language = paragraph.language === undefined ? undefined : codeLanguage(paragraph.language)
  if (paragraph.language !== undefined && language === undefined) {
    unmapped.push({
      line: paragraph.line,
      text: paragraph.language,
      why: 'code language the site does not know: code imported without a language',
    })
  }
  // `codeLanguage` only returns values the schema's language field accepts.
  return { _type: 'codeBlock', _key: key(path), ...(language ? { language } : {}), code: paragraph.code } as CodeBlock
}

/** A talk's recap as Portable Text: paragraphs, lists, sub-headings (h3), links, inline styles, code. */
export function toBlockContent(
  paragraphs: ReadonlyArray<Paragraph>,
  field: string,
  key: KeyMaker,
): { blocks: BlockContent; unmapped: Unmapped[] } {
  const unmapped: Unmapped[] = []
  const blocks = paragraphs.map((paragraph, index) => {
    const path = `${field}[${index}]`
    if (paragraph.kind === 'code') return codeBlock(paragraph, path, key, unmapped)
    return textBlock(paragraph, path, key, paragraph.style === 'subheading' ? 'h3' : 'normal', paragraph.listItem)
  })
  return { blocks, unmapped }
}

/**
 * A session intro as Portable Text, which allows only paragraphs and bullet lists: a numbered item
 * becomes a bullet, and a code sample cannot be kept. Each change is reported.
 */
export function toSimpleBlockContent(
  paragraphs: ReadonlyArray<Paragraph>,
  field: string,
  key: KeyMaker,
): { blocks: SimpleBlockContent; unmapped: Unmapped[] } {
  const blocks: SimpleBlockContent = []
  const unmapped: Unmapped[] = []
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'code') {
      unmapped.push({
        line: paragraph.line,
        text: excerpt(paragraph.code),
        why: 'code sample in the session intro: left out (the intro allows only paragraphs and bullet lists)',
      })
      continue
    }
    if (paragraph.listItem === 'number') {
      unmapped.push({
        line: paragraph.line,
        text: excerpt(paragraphText(paragraph)),
        why: 'numbered item in the session intro: imported as a bullet (the intro allows only bullet lists)',
      })
    }
    blocks.push(
      textBlock(paragraph, `${field}[${blocks.length}]`, key, 'normal', paragraph.listItem ? 'bullet' : undefined),
    )
  }
  return { blocks, unmapped }
}
