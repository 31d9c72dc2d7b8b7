/*
 * JSON-LD goes inside <script type="application/ld+json">, whose content ends at the first "</script"
 * whatever the JSON around it. Escaping "<", ">" and "&" as \u003c, \u003e, \u0026 keeps the JSON
 * identical for a parser while no editor-typed title can close the element or open a comment.
 * U+2028 and U+2029 are escaped too, for consumers that evaluate the JSON as JavaScript.
 */
const UNSAFE = /[<>&\u2028\u2029]/g

/** JSON text safe to place inside a <script type="application/ld+json"> element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
