import { describe, expect, test } from 'vitest'
import { safeHref } from './safe-url.ts'

describe('safeHref', () => {
  test.each([
    'https://www.cncf.io/',
    'http://example.com/path?q=1#part',
    'HTTPS://EXAMPLE.COM/',
    'mailto:contact@weshare.example',
    'tel:+33123456789',
    '/talks/mimir/',
    '/tags/kafka/#talks',
  ])('keeps the link %j', (href) => {
    expect(safeHref(href)).toBe(href)
  })

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'JAVASCRIPT:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'ftp://example.com/',
  ])('turns the %j scheme into plain text', (href) => {
    expect(safeHref(href)).toBeNull()
  })

  test.each([
    ['a newline inside the scheme', 'java\nscript:alert(1)'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a carriage return inside the scheme', 'java\rscript:alert(1)'],
    ['leading spaces', '  javascript:alert(1)'],
    ['a leading NUL', '\u0000javascript:alert(1)'],
    ['a leading control character', '\u0001javascript:alert(1)'],
    ['a zero-width space', 'java\u200bscript:alert(1)'],
    ['a byte-order mark', '\ufeffjavascript:alert(1)'],
    ['a non-breaking space', '\u00a0javascript:alert(1)'],
    ['a space inside an https URL', 'https://exa mple.com/'],
    ['a trailing newline', 'https://example.com/\n'],
  ])('refuses an href with %s', (_, href) => {
    expect(safeHref(href)).toBeNull()
  })

  test.each([
    ['a protocol-relative URL', '//evil.example/'],
    ['a backslash that browsers read as a slash', '/\\evil.example/'],
    ['an http URL without a host', 'http:///path'],
    ['an http URL without slashes', 'http:evil.example'],
    ['a bare relative path', 'talks/mimir/'],
    ['an encoded colon that is not a scheme', 'javascript%3Aalert(1)'],
    ['an HTML entity', '&#106;avascript:alert(1)'],
    ['an empty mailto', 'mailto:'],
    ['an empty string', ''],
    ['a missing href', undefined],
    ['a null href', null],
  ])('refuses %s', (_, href) => {
    expect(safeHref(href)).toBeNull()
  })
})
