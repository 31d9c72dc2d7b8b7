import { TALK_FORMATS, talkFormat, type TalkFormat } from '@weshare/schema'
import { describe, expect, test } from 'vitest'
import { countByFormat, formatCount, groupByFormat } from './talks-by-format.ts'

const talk = (slug: string, format: TalkFormat) => ({ slug, format })

describe('groupByFormat', () => {
  test('orders groups as TALK_FORMATS does, whatever the order of the talks', () => {
    const talks = [talk('a', 'hands-on'), talk('b', 'conference'), talk('c', 'quickie'), talk('d', 'rex')]
    expect(groupByFormat(talks).map((group) => group.format.value)).toEqual([
      'quickie',
      'rex',
      'conference',
      'hands-on',
    ])
  })

  test('keeps the editor order of talks inside a format', () => {
    const talks = [talk('z', 'conference'), talk('a', 'quickie'), talk('m', 'conference')]
    expect(
      groupByFormat(talks)
        .find((group) => group.format.value === 'conference')
        ?.talks.map((t) => t.slug),
    ).toEqual(['z', 'm'])
  })

  test('leaves out formats without talks', () => {
    expect(groupByFormat([talk('a', 'rex')]).map((group) => group.format.heading)).toEqual([talkFormat('rex').heading])
  })

  test('returns no group for no talks', () => {
    expect(groupByFormat([])).toEqual([])
  })
})

describe('countByFormat', () => {
  test('counts talks per format in canonical order', () => {
    const counts = countByFormat([talk('a', 'conference'), talk('b', 'quickie'), talk('c', 'conference')])
    expect(counts.map(({ format, count }) => [format.value, count])).toEqual([
      ['quickie', 1],
      ['conference', 2],
    ])
  })
})

describe('formatCount', () => {
  test('uses the label for one talk and the heading for several', () => {
    const conference = talkFormat('conference')
    expect(formatCount(conference, 1)).toBe(`1 ${conference.label}`)
    expect(formatCount(conference, 12)).toBe(`12 ${conference.heading}`)
  })

  test('has a wording for every known format', () => {
    for (const format of TALK_FORMATS) expect(formatCount(format, 2)).toMatch(/^2 \S/)
  })
})
