import { describe, expect, test } from 'vitest'
import { groupByEdition, lastDate, newestFirst, talksNewestFirst } from './editions.ts'

describe('lastDate', () => {
  test('is the latest of the edition days, whatever their order', () => {
    expect(lastDate(['2023-03-06', '2023-02-06'])).toBe('2023-03-06')
  })

  test('explains that an edition needs a date', () => {
    expect(() => lastDate([])).toThrow(/at least one date/)
  })
})

test('newestFirst puts the edition that ended last first', () => {
  const editions = [
    { slug: 'janvier', dates: ['2023-01-09'] },
    { slug: 'fevrier-mars', dates: ['2023-02-06', '2023-03-06'] },
    { slug: 'fevrier', dates: ['2023-02-20'] },
  ]
  expect(newestFirst(editions).map((edition) => edition.slug)).toEqual(['fevrier-mars', 'fevrier', 'janvier'])
})

describe('talksNewestFirst', () => {
  test('lists talks of recent editions first, then by format order, then by title', () => {
    const talks = [
      { title: 'Ancien', format: 'quickie' as const, edition: { dates: ['2022-12-05'] } },
      { title: 'Zeta', format: 'conference' as const, edition: { dates: ['2023-03-06'] } },
      { title: 'Alpha', format: 'conference' as const, edition: { dates: ['2023-03-06'] } },
      { title: 'Éclair', format: 'quickie' as const, edition: { dates: ['2023-03-06'] } },
    ]
    expect(talksNewestFirst(talks).map((talk) => talk.title)).toEqual(['Éclair', 'Alpha', 'Zeta', 'Ancien'])
  })

  test('puts talks without an edition last', () => {
    const talks = [
      { title: 'Orphelin', format: 'quickie' as const, edition: null },
      { title: 'Publié', format: 'quickie' as const, edition: { dates: ['2023-03-06'] } },
    ]
    expect(talksNewestFirst(talks).map((talk) => talk.title)).toEqual(['Publié', 'Orphelin'])
  })
})

describe('groupByEdition', () => {
  const winter = { slug: 'hiver', title: "WeShare d'hiver", dates: ['2023-01-09'] }
  const spring = { slug: 'printemps', title: 'WeShare de printemps', dates: ['2023-03-06'] }

  test('groups talks under their edition, newest edition first', () => {
    const talks = [
      { title: 'A', format: 'rex' as const, edition: winter },
      { title: 'B', format: 'rex' as const, edition: spring },
      { title: 'C', format: 'rex' as const, edition: winter },
    ]
    expect(groupByEdition(talks).map((group) => [group.edition?.slug, group.talks.map((talk) => talk.title)])).toEqual([
      ['printemps', ['B']],
      ['hiver', ['A', 'C']],
    ])
  })

  test('puts talks without an edition in a last group', () => {
    const talks = [
      { title: 'Orphelin', format: 'rex' as const, edition: null },
      { title: 'B', format: 'rex' as const, edition: spring },
    ]
    expect(groupByEdition(talks).map((group) => group.edition?.slug ?? null)).toEqual(['printemps', null])
  })
})
