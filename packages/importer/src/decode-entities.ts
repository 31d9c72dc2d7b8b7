import { parseFragment } from 'parse5'

/**
 * Decodes HTML character references (`&amp;`, `&eacute;`, `&#8217;`) the way a browser does; Markdown
 * allows them in text and marked leaves them as written. Tags are not interpreted.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  const fragment = parseFragment(text.replace(/</g, '&lt;'))
  return fragment.childNodes.map((node) => ('value' in node ? node.value : '')).join('')
}
