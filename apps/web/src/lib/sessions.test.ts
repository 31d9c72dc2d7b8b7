import { describe, expect, test } from 'vitest'
import { groupBySession, lastDate, newestFirst, talksNewestFirst } from './sessions.ts'

describe('lastDate', () => {
  test('is the latest of the session days, whatever their order', () => {
    expect(lastDate(['2023-03-06', '2023-02-06'])).toBe('2023-03-06')
  })

  test('explains that a session needs a date', () => {
    expect(() => lastDate([])).toThrow(/at least one date/)
  })
})

test('newestFirst puts the session that ended last first', () => {
  const sessions = [
    { slug: 'janvier', dates: ['2023-01-09'] },
    { slug: 'fevrier-mars', dates: ['2023-02-06', '2023-03-06'] },
    { slug: 'fevrier', dates: ['2023-02-20'] },
  ]
  expect(newestFirst(sessions).map((session) => session.slug)).toEqual(['fevrier-mars', 'fevrier', 'janvier'])
})

describe('talksNewestFirst', () => {
  test('lists talks of recent sessions first, then by format order, then by title', () => {
    const talks = [
      { title: 'Ancien', format: 'quickie' as const, session: { dates: ['2022-12-05'] } },
      { title: 'Zeta', format: 'conference' as const, session: { dates: ['2023-03-06'] } },
      { title: 'Alpha', format: 'conference' as const, session: { dates: ['2023-03-06'] } },
      { title: 'Éclair', format: 'quickie' as const, session: { dates: ['2023-03-06'] } },
    ]
    expect(talksNewestFirst(talks).map((talk) => talk.title)).toEqual(['Éclair', 'Alpha', 'Zeta', 'Ancien'])
  })

  test('puts talks without a session last', () => {
    const talks = [
      { title: 'Orphelin', format: 'quickie' as const, session: null },
      { title: 'Publié', format: 'quickie' as const, session: { dates: ['2023-03-06'] } },
    ]
    expect(talksNewestFirst(talks).map((talk) => talk.title)).toEqual(['Publié', 'Orphelin'])
  })
})

describe('groupBySession', () => {
  const winter = { slug: 'hiver', title: "WeShare d'hiver", dates: ['2023-01-09'] }
  const spring = { slug: 'printemps', title: 'WeShare de printemps', dates: ['2023-03-06'] }

  test('groups talks under their session, newest session first', () => {
    const talks = [
      { title: 'A', format: 'rex' as const, session: winter },
      { title: 'B', format: 'rex' as const, session: spring },
      { title: 'C', format: 'rex' as const, session: winter },
    ]
    expect(groupBySession(talks).map((group) => [group.session?.slug, group.talks.map((talk) => talk.title)])).toEqual([
      ['printemps', ['B']],
      ['hiver', ['A', 'C']],
    ])
  })

  test('puts talks without a session in a last group', () => {
    const talks = [
      { title: 'Orphelin', format: 'rex' as const, session: null },
      { title: 'B', format: 'rex' as const, session: spring },
    ]
    expect(groupBySession(talks).map((group) => group.session?.slug ?? null)).toEqual(['printemps', null])
  })
})
