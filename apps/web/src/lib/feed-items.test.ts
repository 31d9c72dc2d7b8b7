import { joinRows } from '@weshare/content'
import type { SessionEntry, TalkRow } from '@weshare/schema'
import { describe, expect, test } from 'vitest'
import { feedItems } from './feed-items.ts'
import type { SiteTalk } from './talk-collection.ts'

const paragraph = (text: string) => [
  { _type: 'block' as const, _key: 'k', children: [{ _type: 'span' as const, _key: 's', text }] },
]
const sessionRef = { _id: 'e1', title: 'WeShare de mars', slug: 'weshare-mars', dates: ['2023-02-06', '2023-03-06'] }

const session: SessionEntry = { ...sessionRef, intro: paragraph('Une édition riche.'), talks: [] }
const talk = (slug: string, extra: Partial<SiteTalk> = {}): SiteTalk => ({
  _id: slug,
  title: `Talk ${slug}`,
  slug,
  format: 'conference',
  speakers: [],
  tags: [{ _id: 't', title: 'Kafka', slug: 'kafka' }],
  recapStart: `Le résumé de ${slug}.`,
  searchSynonyms: [],
  session: sessionRef,
  ...extra,
})

describe('feedItems', () => {
  test('lists the session and its talks, each linking to its own page', () => {
    const items = feedItems([session], [talk('mimir')])
    expect(items.map((item) => item.link)).toEqual(['/sessions/weshare-mars/', '/talks/mimir/'])
  })

  test('dates a talk with the last day of its session', () => {
    const [, item] = feedItems([session], [talk('mimir')])
    expect(item?.pubDate?.toISOString()).toBe('2023-03-06T00:00:00.000Z')
  })

  test('tags a talk with its format label and its tags', () => {
    expect(feedItems([], [talk('mimir')])[0]?.categories).toEqual(['Conférence', 'Kafka'])
  })

  test('puts newer sessions first and undated talks last', () => {
    const older = { ...session, slug: 'weshare-janvier', dates: ['2023-01-09'] }
    const items = feedItems([older, session], [talk('orphelin', { session: null })])
    expect(items.map((item) => item.link)).toEqual([
      '/sessions/weshare-mars/',
      '/sessions/weshare-janvier/',
      '/talks/orphelin/',
    ])
  })

  test('describes a talk with the start of its recap, cut at a word within 300 characters', () => {
    const recapStart = `${'Kafka relie les services entre eux. '.repeat(9)}Fin`
    const description = feedItems([], [talk('long', { recapStart })])[0]?.description ?? ''
    const words = description.slice(0, -1)
    expect(description.endsWith('…') && words.length <= 300).toBe(true)
    expect(recapStart.startsWith(`${words} `), 'the description ends on a whole word of the recap').toBe(true)
  })

  test('describes a session with its SEO description when there is one', () => {
    expect(feedItems([{ ...session, seoDescription: 'Vingt et un talks.' }], [])[0]?.description).toBe(
      'Vingt et un talks.',
    )
  })
})

test('lists the talks of a session in the order its recap reads: by format, then as the editor placed them', () => {
  const talks = [talk('conf-a'), talk('quickie', { format: 'quickie' }), talk('conf-b')]
  // The session's talks as the content layer joins them from the rows of the queries.
  const row = ({ recapStart: _start, searchSynonyms: _synonyms, session: _session, ...rest }: SiteTalk): TalkRow => ({
    ...rest,
    body: [],
  })
  const { talks: _unjoined, ...sessionRow } = session
  const [ordered] = joinRows({
    sessions: [{ ...sessionRow, talkIds: ['conf-b', 'conf-a', 'quickie'] }],
    talks: talks.map(row),
    speakers: [],
    tags: [],
  }).sessions
  expect(feedItems([ordered!], talks).map((item) => item.link)).toEqual([
    '/sessions/weshare-mars/',
    '/talks/quickie/',
    '/talks/conf-b/',
    '/talks/conf-a/',
  ])
})
