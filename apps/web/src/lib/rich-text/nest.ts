/** Heading tags as richTextToHtml() writes them; editor text is escaped, so none can come from it. */
const HEADING_TAG = /<(\/?)h([1-6])(?: id="([^"]*)")?>/g

/**
 * A talk page's recap HTML, placed inside another page: headings go `shift` levels down (at most h6),
 * and their ids take `idPrefix` and "--", which no slug contains, so they stay unique on that page.
 */
export function nestRichTextHtml(html: string, { shift, idPrefix }: { shift: number; idPrefix: string }): string {
  return html.replace(HEADING_TAG, (_tag, closing: string, level: string, id: string | undefined) => {
    const nested = Math.min(6, Number(level) + shift)
    if (closing) return `</h${nested}>`
    return id === undefined ? `<h${nested}>` : `<h${nested} id="${idPrefix}--${id}">`
  })
}
