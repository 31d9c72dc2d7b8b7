import { describe, expect, test } from 'vitest'
import { serializeJsonLd } from './json-ld.ts'

describe('serializeJsonLd', () => {
  const hostile = { '@type': 'Article', headline: '</script><script>alert(1)</script> <!-- & co' }

  test('leaves no "<" that could close the script element', () => {
    const json = serializeJsonLd(hostile)
    expect(json).not.toMatch(/[<>]/)
    expect(json).toContain('\\u003c/script\\u003e')
  })

  test('parses back to the same data', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile)
  })

  test('escapes line and paragraph separators', () => {
    expect(serializeJsonLd({ text: 'a\u2028b\u2029c' })).toBe('{"text":"a\\u2028b\\u2029c"}')
  })
})
