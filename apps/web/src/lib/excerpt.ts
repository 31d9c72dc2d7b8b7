/** The longest excerpt the site shows (a session card's). */
export const EXCERPT_MAX_LENGTH = 320

const flatten = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * As much of a text as any excerpt of it reads, whitespace collapsed: what the content store keeps
 * of a recap for its excerpts. Two characters past the longest excerpt, so that excerpt() still
 * knows the text goes on when the first of them is a space (which its trim would drop).
 */
export function excerptSource(text: string): string {
  return flatten(text).slice(0, EXCERPT_MAX_LENGTH + 2)
}

/**
 * The start of a text, at most `maxLength` characters, cut at a word boundary and ended with "…".
 * Whitespace (paragraph breaks included) is collapsed, so the excerpt fits a card or a meta tag.
 */
export function excerpt(text: string, maxLength = 160): string {
  const flat = flatten(text)
  if (flat.length <= maxLength) return flat
  const cut = flat.slice(0, maxLength)
  const lastSpace = cut.lastIndexOf(' ')
  const words = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut
  return `${words.replace(/[\s,;:.!?…'’(«-]+$/u, '')}…`
}
