import { describe, expect, test } from 'vitest'
import { isPublicType, publicPath, publicUrl } from './public-path.ts'

describe('publicPath', () => {
  test('puts each type under its section of the site', () => {
    expect(publicPath('session', 'weshare-juin-2025')).toBe('/sessions/weshare-juin-2025/')
    expect(publicPath('talk', 'kafka-grumpy-cat')).toBe('/talks/kafka-grumpy-cat/')
    expect(publicPath('speaker', 'ada-lovelace')).toBe('/speakers/ada-lovelace/')
    expect(publicPath('tag', 'kubernetes')).toBe('/tags/kubernetes/')
  })

  test('escapes a hand-typed slug rather than producing a broken path', () => {
    expect(publicPath('tag', 'ci/cd')).toBe('/tags/ci%2Fcd/')
  })
})

describe('isPublicType', () => {
  test('knows which documents have a page on the site', () => {
    expect(['session', 'talk', 'speaker', 'tag'].every(isPublicType)).toBe(true)
    expect(isPublicType('siteSettings')).toBe(false)
    expect(isPublicType('toString')).toBe(false)
  })
})

describe('publicUrl', () => {
  test('joins the base URL and the path with exactly one slash', () => {
    expect(publicUrl('https://weshare.example', '/talks/x/')).toBe('https://weshare.example/talks/x/')
    expect(publicUrl('https://weshare.example/', '/talks/x/')).toBe('https://weshare.example/talks/x/')
  })

  test('keeps the path of a site served under a sub-directory', () => {
    expect(publicUrl('https://example.org/weshare/', '/tags/sre/')).toBe('https://example.org/weshare/tags/sre/')
  })
})
