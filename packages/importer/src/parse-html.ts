import { parse } from 'parse5'
import type { DefaultTreeAdapterTypes } from 'parse5'
import { span, tidySpans } from './inline-spans.ts'
import type { HeadingBlock } from './outline-from-headings.ts'
import { outlineFromHeadings } from './outline-from-headings.ts'
import type { InlineMark, InlineSpan, RecapOutline } from './outline.ts'
import { excerpt } from './outline.ts'

type Node = DefaultTreeAdapterTypes.ChildNode
type Element = DefaultTreeAdapterTypes.Element

/** Page furniture that is not part of the post. */
const IGNORED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'svg',
  'iframe',
  'button',
  'form',
  'footer',
])
/** Elements whose content is read as more blocks. */
const CONTAINERS = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'div',
  'header',
  'aside',
  'blockquote',
  'center',
])
const MARK_OF: Record<string, InlineMark> = {
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
  code: 'code',
  kbd: 'code',
  tt: 'code',
}

function isElement(node: Node): node is Element {
  return 'tagName' in node
}

function lineOf(node: Node): number {
  return node.sourceCodeLocation?.startLine ?? 0
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value
}

function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value
  return isElement(node) ? node.childNodes.map(textContent).join('') : ''
}

interface InlineContext {
  marks: InlineMark[]
  href?: string
  skipped: HeadingBlock[]
}

function inlineSpans(nodes: ReadonlyArray<Node>, context: InlineContext): InlineSpan[] {
  return nodes.flatMap((node): InlineSpan[] => {
    if (node.nodeName === '#text') {
      return [span((node as DefaultTreeAdapterTypes.TextNode).value.replace(/\s+/g, ' '), context.marks, context.href)]
    }
    if (!isElement(node) || IGNORED.has(node.tagName)) return []
    if (node.tagName === 'br') return [span('\n', context.marks, context.href)]
    if (node.tagName === 'img') {
      context.skipped.push({
        type: 'skipped',
        item: {
          line: lineOf(node),
          text: attribute(node, 'alt') || attribute(node, 'src') || '<img>',
          why: 'image: not imported; add it in the Studio',
        },
      })
      return []
    }
    if (node.tagName === 'ul' || node.tagName === 'ol') return []
    const mark = MARK_OF[node.tagName]
    const inner: InlineContext = {
      ...context,
      ...(mark ? { marks: [...context.marks, mark] } : {}),
      ...(node.tagName === 'a' && attribute(node, 'href') !== undefined ? { href: attribute(node, 'href') } : {}),
    }
    return inlineSpans(node.childNodes, inner)
  })
}

function textBlock(element: Element, style: 'normal', listItem?: 'bullet' | 'number', level?: number): HeadingBlock[] {
  const skipped: HeadingBlock[] = []
  const spans = tidySpans(inlineSpans(element.childNodes, { marks: [], skipped }))
  const paragraph: HeadingBlock[] =
    spans.length === 0
      ? []
      : [
          {
            type: 'paragraph',
            paragraph: { kind: 'text', line: lineOf(element), spans, style, ...(listItem ? { listItem, level } : {}) },
          },
        ]
  return [...paragraph, ...skipped]
}

function listBlocks(list: Element, level: number): HeadingBlock[] {
  const listItem = list.tagName === 'ol' ? 'number' : 'bullet'
  return list.childNodes.filter(isElement).flatMap((item) => {
    if (item.tagName !== 'li') return []
    const nested = item.childNodes.filter(isElement).filter((child) => child.tagName === 'ul' || child.tagName === 'ol')
    return [
      ...textBlock(item, 'normal', listItem, level),
      ...nested.flatMap((sublist) => listBlocks(sublist, level + 1)),
    ]
  })
}

function blocksOf(nodes: ReadonlyArray<Node>): HeadingBlock[] {
  const blocks: HeadingBlock[] = []
  // Text and inline elements directly inside a container form an implicit paragraph.
  let loose: Node[] = []
  const flushLoose = () => {
    const first = loose[0]
    if (first && loose.some((node) => textContent(node).trim() !== '' || (isElement(node) && node.tagName === 'img'))) {
      const skipped: HeadingBlock[] = []
      const spans = tidySpans(inlineSpans(loose, { marks: [], skipped }))
      if (spans.length > 0)
        blocks.push({ type: 'paragraph', paragraph: { kind: 'text', line: lineOf(first), spans, style: 'normal' } })
      blocks.push(...skipped)
    }
    loose = []
  }

  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.nodeName === '#text') loose.push(node)
      continue
    }
    const tag = node.tagName
    const heading = /^h([1-6])$/.exec(tag)
    const isBlock =
      heading ||
      CONTAINERS.has(tag) ||
      IGNORED.has(tag) ||
      ['p', 'ul', 'ol', 'pre', 'table', 'figure', 'hr', 'dl'].includes(tag)
    if (!isBlock) {
      loose.push(node)
      continue
    }
    flushLoose()
    if (heading) {
      blocks.push({
        type: 'heading',
        depth: Number(heading[1]),
        text: textContent(node).replace(/\s+/g, ' ').trim(),
        line: lineOf(node),
      })
    } else if (tag === 'p') {
      blocks.push(...textBlock(node, 'normal'))
    } else if (tag === 'ul' || tag === 'ol') {
      blocks.push(...listBlocks(node, 1))
    } else if (tag === 'pre') {
      const code = node.childNodes.find((child): child is Element => isElement(child) && child.tagName === 'code')
      const language = /(?:^|\s)language-([\w+-]+)/.exec(attribute(code ?? node, 'class') ?? '')?.[1]
      blocks.push({
        type: 'paragraph',
        paragraph: {
          kind: 'code',
          line: lineOf(node),
          code: textContent(node).replace(/\n$/, ''),
          ...(language ? { language } : {}),
        },
      })
    } else if (CONTAINERS.has(tag)) {
      blocks.push(...blocksOf(node.childNodes))
    } else if (!IGNORED.has(tag) && tag !== 'hr') {
      blocks.push({
        type: 'skipped',
        item: {
          line: lineOf(node),
          text: excerpt(textContent(node)) || `<${tag}>`,
          why: `<${tag}>: not imported; recreate it in the Studio`,
        },
      })
    }
  }
  flushLoose()
  return blocks
}

function findElement(nodes: ReadonlyArray<Node>, tag: string): Element | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue
    if (node.tagName === tag) return node
    const found = findElement(node.childNodes, tag)
    if (found) return found
  }
  return undefined
}

/**
 * Reads an HTML recap, a whole page or a fragment: h1 session title, h2 formats, h3 talks, p/ul/ol recaps.
 * On a whole page only the post is read (its first `<article>`, else `<main>`), not the site's header.
 */
export function parseHtml(source: string): RecapOutline {
  const { childNodes } = parse(source, { sourceCodeLocationInfo: true })
  const post = findElement(childNodes, 'article') ?? findElement(childNodes, 'main')
  return outlineFromHeadings(blocksOf(post ? [post] : childNodes))
}
