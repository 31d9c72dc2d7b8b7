import { describe, expect, test } from 'vitest'
import { absoluteUrl, isCurrentSection } from './urls.ts'

test('absoluteUrl resolves a path against the site, whatever its trailing slash', () => {
  expect(absoluteUrl('/talks/mimir/', 'https://recaps.weshare.example')).toBe(
    'https://recaps.weshare.example/talks/mimir/',
  )
  expect(absoluteUrl('/rss.xml', new URL('https://recaps.weshare.example/'))).toBe(
    'https://recaps.weshare.example/rss.xml',
  )
})

describe('isCurrentSection', () => {
  test('counts session pages and later home pages as the "Éditions" section', () => {
    expect(isCurrentSection('/', '/sessions/weshare-2023/')).toBe(true)
    expect(isCurrentSection('/', '/page/2/')).toBe(true)
    expect(isCurrentSection('/', '/tags/')).toBe(false)
  })

  test('counts a speaker page as the "Intervenants" section', () => {
    expect(isCurrentSection('/speakers/', '/speakers/benoit/')).toBe(true)
    expect(isCurrentSection('/speakers/', '/talks/mimir/')).toBe(false)
  })
})
