/** Schemes a link in editor-written text may use; anything else is rendered as plain text. */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/*
 * Browsers drop tabs and newlines anywhere in a URL and trim leading spaces and control characters
 * before reading the scheme (https://url.spec.whatwg.org/#concept-basic-url-parser), so
 * "java\nscript:" and "  javascript:" both run script. Rather than normalise like a browser would,
 * any whitespace or control character makes the href unusable.
 */
const WHITESPACE_OR_CONTROL = /[\s\p{Cc}\p{Cf}]/u
const SCHEME = /^([a-z][a-z0-9+.-]*):/i

/**
 * The href to render for a link an editor wrote, or `null` when it must be shown as plain text.
 * Kept: http(s) URLs with a host, `mailto:` and `tel:` links, and site-relative paths ("/talks/…/").
 * Refused: every other scheme (`javascript:`, `data:`, `vbscript:`… in any letter case),
 * protocol-relative URLs ("//host"), backslashes, whitespace and control characters, and http(s)
 * URLs with a user name or password (hasCredentials).
 */
export function safeHref(href: string | null | undefined): string | null {
  if (typeof href !== 'string' || href === '') return null
  if (WHITESPACE_OR_CONTROL.test(href) || href.includes('\\')) return null

  if (href.startsWith('/')) return href.startsWith('//') ? null : href

  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase()
  if (!scheme || !ALLOWED_SCHEMES.has(`${scheme}:`)) return null

  if (scheme === 'http' || scheme === 'https') {
    // A host right after "//": "http:evil.example" and "http:///path" are guesses a browser completes.
    return /^https?:\/\/[^/?#]/i.test(href) && URL.canParse(href) && !hasCredentials(href) ? href : null
  }
  // mailto: and tel: need something after the colon to be worth a link.
  return href.length > scheme.length + 1 ? href : null
}

/**
 * Whether an address carries a user name or a password ("https://user:pass@host/"): published, it
 * gives the password away, and "https://banque.example@piege.example/" reads as another host.
 */
export function hasCredentials(value: string): boolean {
  const url = URL.canParse(value) ? new URL(value) : undefined
  return url !== undefined && (url.username !== '' || url.password !== '')
}
