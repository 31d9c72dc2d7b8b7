/** The longest excerpt the site shows (an edition card's): text kept to make excerpts needs one more character. */
export const EXCERPT_MAX_LENGTH = 320

/**
 * The start of a text, at most `maxLength` characters, cut at a word boundary and ended with "…".
 * Whitespace (paragraph breaks included) is collapsed, so the excerpt fits a card or a meta tag.
 */
export function excerpt(text: string, maxLength = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= maxLength) return flat
  const cut = flat.slice(0, maxLength)
  const lastSpace = cut.lastIndexOf(' ')
  const words = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut
  return `${words.replace(/[\s,;:.!?…'’(«-]+$/u, '')}…`
}
