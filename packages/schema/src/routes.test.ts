import { describe, expect, test } from 'vitest'
import { isPublicType, paths, publicPath, publicUrl, SEARCH_ROUTE } from './routes.ts'

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

describe('paths', () => {
  test('end every page path with a slash', () => {
    const pages = [
      paths.home,
      paths.homePage(2),
      paths.session('weshare-fevrier-mars-2023'),
      paths.talk('mimir'),
      paths.speakers,
      paths.speaker('benoit'),
      paths.tags,
      paths.tag('kafka'),
      paths.formats,
      paths.format('tools-in-action'),
      paths.search,
    ]
    for (const path of pages) expect(path).toMatch(/^\/(.*\/)?$/)
  })

  test('send the first page of sessions to the home page', () => {
    expect([paths.homePage(1), paths.homePage(2)]).toEqual(['/', '/page/2/'])
  })

  test('give each document the same page the Studio opens with "Voir sur le site"', () => {
    expect([paths.talk('mimir'), paths.session('weshare-2023'), paths.tag('sre'), paths.speaker('ada')]).toEqual([
      publicPath('talk', 'mimir'),
      publicPath('session', 'weshare-2023'),
      publicPath('tag', 'sre'),
      publicPath('speaker', 'ada'),
    ])
  })

  test('list the documents of a type at the root of their section', () => {
    expect(paths.talk('mimir').startsWith(paths.speakers)).toBe(false)
    expect(paths.speaker('ada').startsWith(paths.speakers)).toBe(true)
    expect(paths.tag('sre').startsWith(paths.tags)).toBe(true)
  })
})

test('the search page is where a search link with its query parameter lands', () => {
  const link = new URL(`${SEARCH_ROUTE.path}?${SEARCH_ROUTE.queryParameter}=kafka`, 'https://recaps.weshare.example')
  expect(link.pathname).toBe(paths.search)
  expect(link.searchParams.get(SEARCH_ROUTE.queryParameter)).toBe('kafka')
  expect(SEARCH_ROUTE.pagefindFolder).toMatch(/^\/[a-z]+\/$/)
})
