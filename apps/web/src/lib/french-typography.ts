/** U+202F, the narrow no-break space French typography puts before ; : ! ? and inside « ». */
const NARROW_NBSP = '\u202f'

/**
 * Editors type an ordinary space before "?" or ":" as French asks, and browsers may then start a
 * line with the punctuation mark. The space becomes a narrow no-break space, which keeps the mark
 * with its word. Only a space followed by the mark and then a space, the end or more punctuation is
 * changed, so that ":focus" or "?query" in a sentence stay as written.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0]+([;:!?»])(?=$|[\s.,;:!?»)])/g, `${NARROW_NBSP}$1`)
    .replace(/«[ \u00a0]+/g, `«${NARROW_NBSP}`)
}
