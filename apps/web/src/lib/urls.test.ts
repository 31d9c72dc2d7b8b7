import { describe, expect, test } from 'vitest'
import { absoluteUrl, isCurrentSection, paths } from './urls.ts'

describe('paths', () => {
  test('end every page path with a slash', () => {
    const pages = [
      paths.home,
      paths.homePage(2),
      paths.edition('weshare-fevrier-mars-2023'),
      paths.talk('mimir'),
      paths.speakers,
      paths.speaker('benoit'),
      paths.topics,
      paths.topic('kafka'),
      paths.formats,
      paths.format('tools-in-action'),
      paths.search,
    ]
    for (const path of pages) expect(path).toMatch(/^\/(.*\/)?$/)
  })

  test('send the first page of editions to the home page', () => {
    expect([paths.homePage(1), paths.homePage(2)]).toEqual(['/', '/page/2/'])
  })

  test('put talks, editions and topics under their French-blog sections', () => {
    expect([paths.talk('mimir'), paths.edition('weshare-2023'), paths.topic('sre')]).toEqual([
      '/talks/mimir/',
      '/sessions/weshare-2023/',
      '/tags/sre/',
    ])
  })
})

test('absoluteUrl resolves a path against the site, whatever its trailing slash', () => {
  expect(absoluteUrl('/talks/mimir/', 'https://recaps.weshare.example')).toBe(
    'https://recaps.weshare.example/talks/mimir/',
  )
  expect(absoluteUrl('/rss.xml', new URL('https://recaps.weshare.example/'))).toBe(
    'https://recaps.weshare.example/rss.xml',
  )
})

describe('isCurrentSection', () => {
  test('counts edition pages and later home pages as the "Éditions" section', () => {
    expect(isCurrentSection('/', '/sessions/weshare-2023/')).toBe(true)
    expect(isCurrentSection('/', '/page/2/')).toBe(true)
    expect(isCurrentSection('/', '/tags/')).toBe(false)
  })

  test('counts a speaker page as the "Intervenants" section', () => {
    expect(isCurrentSection('/speakers/', '/speakers/benoit/')).toBe(true)
    expect(isCurrentSection('/speakers/', '/talks/mimir/')).toBe(false)
  })
})
