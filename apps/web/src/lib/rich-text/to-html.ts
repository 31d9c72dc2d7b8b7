import { toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html'
import type { CodeBlock, ResolvedInlineImage, LinkMark } from '@weshare/schema'
import { frenchSpacing } from '../french-typography.ts'
import { headingLevels } from '../heading-ids.ts'
import { safeHref } from '../safe-url.ts'
import type { PictureData } from '../images/index.ts'
import { escapeHtml } from './escape-html.ts'
import { pictureHtml } from './picture-html.ts'

export interface RichTextOptions {
  /** Ids of the h2/h3 blocks by block key, from headingIds(): unique across the whole page. */
  headingIds?: ReadonlyMap<string, string>
  /**
   * Level of the heading the text sits under: 1 on a talk page (the h1), 3 on a session page,
   * where each talk's title is an h3. The text's own headings come right below it.
   */
  parentLevel?: number
  /**
   * The files of an image inside the text (pictureFor(image, 'figure') on the site): the renderer
   * writes a string synchronously, so the caller turns images into picture data. Without it, the
   * text is rendered without its images.
   */
  figurePicture?: ((image: ResolvedInlineImage) => PictureData) | undefined
}

const attribute = (name: string, value: string | number | undefined) =>
  value === undefined || value === '' ? '' : ` ${name}="${escapeHtml(String(value))}"`

function codeBlock({ language, code }: CodeBlock): string {
  // tabindex makes a long line scrollable from the keyboard (axe rule scrollable-region-focusable).
  const label = language ? `Code ${language}` : 'Code'
  return `<pre tabindex="0"${attribute('data-language', language)}${attribute('aria-label', label)}><code>${escapeHtml(code)}</code></pre>`
}

function figure(node: ResolvedInlineImage, figurePicture: RichTextOptions['figurePicture']): string {
  // An image whose file was never uploaded shows nothing, as the queries treat it.
  if (!figurePicture || !node.asset) return ''
  const caption = node.caption ? `<figcaption>${escapeHtml(frenchSpacing(node.caption))}</figcaption>` : ''
  return `<figure>${pictureHtml(figurePicture(node), { alt: node.alt })}${caption}</figure>`
}

/**
 * The HTML of an editor's rich text (recap, intro, aside). Every piece of editor text is escaped;
 * links keep only the hrefs safeHref() accepts, their text stays when the href is dropped.
 * Spaces before French punctuation become narrow no-break spaces, except inside inline code.
 */
export function richTextToHtml(
  blocks: ReadonlyArray<{ _type: string; _key: string }>,
  { headingIds = new Map(), parentLevel = 1, figurePicture }: RichTextOptions = {},
): string {
  const levels = headingLevels(blocks, parentLevel)
  const heading: PortableTextHtmlComponents['unknownBlockStyle'] = ({ value, children }) => {
    const level = levels[value.style as 'h2' | 'h3'] ?? parentLevel + 1
    return `<h${level}${attribute('id', headingIds.get(value._key ?? ''))}>${children ?? ''}</h${level}>`
  }
  const components: Partial<PortableTextHtmlComponents> = {
    escapeHTML: (text) => escapeHtml(frenchSpacing(text)),
    block: { normal: ({ children }) => `<p>${children ?? ''}</p>`, h2: heading, h3: heading },
    list: {
      bullet: ({ children }) => `<ul>${children ?? ''}</ul>`,
      number: ({ children }) => `<ol>${children ?? ''}</ol>`,
    },
    listItem: ({ children }) => `<li>${children ?? ''}</li>`,
    marks: {
      strong: ({ children }) => `<strong>${children}</strong>`,
      em: ({ children }) => `<em>${children}</em>`,
      // The code as typed: the children went through French spacing.
      code: ({ text }) => `<code>${escapeHtml(text)}</code>`,
      link: ({ value, children }) => {
        // An href that is not http(s), mailto, tel or site-relative is dropped: the text stays, unlinked.
        const href = safeHref((value as LinkMark | undefined)?.href)
        return href ? `<a${attribute('href', href)}>${children}</a>` : children
      },
    },
    types: {
      codeBlock: ({ value }) => codeBlock(value as CodeBlock),
      image: ({ value }) => figure(value as ResolvedInlineImage, figurePicture),
    },
    hardBreak: () => '<br>',
  }
  return toHTML(blocks as Parameters<typeof toHTML>[0], { components, onMissingComponent: false })
}
