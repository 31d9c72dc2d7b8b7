import { describe, expect, test } from 'vitest'
import type { SessionEntry, TalkEntry } from '@weshare/schema'
import { sessionSearchRecord, talkSearchRecord, talkSearchText } from './search-record.ts'

const session = {
  _id: 'session-1',
  title: 'WeShare de février et mars 2023',
  slug: 'weshare-2023',
  dates: ['2023-03-06', '2023-02-06'],
}

const talk: TalkEntry = {
  _id: 'talk-1',
  title: 'Kafka expliqué au Grumpy Cat',
  slug: 'kafka',
  format: 'conference',
  speakers: [
    { _id: 'speaker-1', name: 'Joachim', slug: 'joachim' },
    { _id: 'speaker-2', name: 'Stéphane', slug: 'stephane-kafka' },
  ],
  tags: [{ _id: 'tag-1', title: 'Kafka', slug: 'kafka' }],
  body: [
    {
      _type: 'block',
      _key: 'a',
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: 'b', text: 'Kafka face à RabbitMQ.', marks: [] }],
    },
  ],
  asides: [
    {
      _type: 'aside',
      _key: 'c',
      label: 'Replay',
      body: [
        {
          _type: 'block',
          _key: 'd',
          style: 'normal',
          markDefs: [],
          children: [{ _type: 'span', _key: 'e', text: 'Bientôt en ligne.', marks: [] }],
        },
      ],
    },
  ],
  session,
}

describe('what a talk page tells the search index', () => {
  test('files the talk under its format value and the slugs of its tags, speakers and session', () => {
    expect(talkSearchRecord(talk).filters).toEqual([
      ['format', 'conference'],
      ['tag', 'kafka'],
      ['speaker', 'joachim'],
      ['speaker', 'stephane-kafka'],
      ['session', 'weshare-2023'],
    ])
  })

  test('gives results the format label, the speakers as a French list, the session and its last day', () => {
    const { meta } = talkSearchRecord(talk)
    expect(Object.fromEntries(meta)).toEqual({
      format: 'Conférence',
      speakers: 'Joachim et Stéphane',
      tags: 'Kafka',
      session: 'WeShare de février et mars 2023',
      date: '2023-03-06',
    })
  })

  test('gives a talk that no session lists no date, so that it comes after every dated page', () => {
    const { meta } = talkSearchRecord({ ...talk, session: null })
    expect(meta.map(([key]) => key)).toEqual(['format', 'speakers', 'tags'])
  })

  test('looks for synonyms in the title, format, tags, recap and notes', () => {
    const text = talkSearchText(talk)
    for (const words of ['Grumpy Cat', 'Conférence', 'Kafka', 'RabbitMQ', 'Replay', 'Bientôt en ligne'])
      expect(text).toContain(words)
  })
})

test('a session page is dated by its last day and belongs to no filter', () => {
  const entry = { ...session, intro: [], talks: [] } satisfies SessionEntry
  expect(sessionSearchRecord(entry)).toEqual({
    filters: [],
    meta: [
      ['kind', "Récap d'édition"],
      ['date', '2023-03-06'],
    ],
  })
})
