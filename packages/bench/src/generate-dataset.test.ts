import { DatasetFileSource, loadContent } from '@weshare/content'
import {
  FIRST_WESHARE_YEAR,
  TALK_FORMAT_VALUES,
  toPlainText,
  validateDocument,
  type DatasetDocument,
  type Session,
  type Talk,
} from '@weshare/schema'
import { describe, expect, test } from 'vitest'
import { countWords } from './french-text.ts'
import {
  FORMAT_WEIGHTS,
  MAX_SESSIONS,
  NEWEST_SESSION_DATE,
  TALKS_PER_SESSION,
  firstMondayBefore,
  talksPerSession,
  RARE_TERM,
  RARE_TERM_TALKS,
  RECAP_WORDS,
  generateDataset,
  speakerPoolSize,
  toNdjson,
} from './generate-dataset.ts'

const TALKS = 60
const { documents, rareTermTalkIds } = generateDataset({ talks: TALKS })
const talks = documents.filter((document): document is Talk => document._type === 'talk')
const sessions = documents.filter((document): document is Session => document._type === 'session')
const textOf = (talk: Talk) => toPlainText(talk.body)

describe('the generated dataset', () => {
  test('is the same, byte for byte, for the same seed, and differs for another seed', () => {
    expect(toNdjson(generateDataset({ talks: TALKS }).documents)).toBe(toNdjson(documents))
    expect(toNdjson(generateDataset({ talks: TALKS, seed: 7 }).documents)).not.toBe(toNdjson(documents))
  })

  test('passes the schema of every document type', () => {
    expect(documents.flatMap(validateDocument)).toEqual([])
  })

  test('loads through the content layer without an error or a warning', async () => {
    const { content, warnings } = await loadContent(new DatasetFileSource(documents, 'bench'))
    expect(warnings).toEqual([])
    expect(content.talks).toHaveLength(TALKS)
    expect(content.sessions).toHaveLength(TALKS / 20)
  })

  test(`has recaps of ${RECAP_WORDS.min} to ${RECAP_WORDS.max} words with h2 headings and bullet lists`, () => {
    for (const talk of talks) {
      expect(countWords(textOf(talk))).toBeGreaterThanOrEqual(RECAP_WORDS.min)
      expect(countWords(textOf(talk))).toBeLessThanOrEqual(RECAP_WORDS.max)
      expect(talk.body.some((block) => block._type === 'block' && block.style === 'h2')).toBe(true)
    }
    const withLists = talks.filter((talk) =>
      talk.body.some((block) => block._type === 'block' && block.listItem === 'bullet'),
    )
    expect(withLists.length).toBeGreaterThan(TALKS / 2)
  })

  test('gives each format its share of the sample session (1/2/5/12/1 per 21 talks)', () => {
    const total = Object.values(FORMAT_WEIGHTS).reduce((sum, weight) => sum + weight, 0)
    for (const format of TALK_FORMAT_VALUES) {
      const count = talks.filter((talk) => talk.format === format).length
      expect(Math.abs(count - (TALKS * FORMAT_WEIGHTS[format]) / total)).toBeLessThan(1)
    }
  })

  test(`holds the rare term "${RARE_TERM}" in exactly ${RARE_TERM_TALKS} talks, and "Kubernetes" in many`, () => {
    const withRare = talks.filter((talk) => JSON.stringify(talk).toLowerCase().includes(RARE_TERM))
    expect(withRare.map((talk) => talk._id).sort()).toEqual([...rareTermTalkIds].sort())
    expect(withRare).toHaveLength(RARE_TERM_TALKS)
    const withCommon = talks.filter((talk) => /kubernetes/i.test(textOf(talk)))
    expect(withCommon.length).toBeGreaterThan(TALKS * 0.3)
  })

  test('credits 1 to 3 speakers and tags per talk, from a pool of about one speaker per 8 talks', () => {
    for (const talk of talks) {
      expect(talk.speakers.length).toBeGreaterThanOrEqual(1)
      expect(talk.speakers.length).toBeLessThanOrEqual(3)
      expect(talk.tags?.length).toBeGreaterThanOrEqual(1)
      expect(talk.tags?.length).toBeLessThanOrEqual(3)
    }
    expect(documents.filter((document) => document._type === 'speaker')).toHaveLength(speakerPoolSize(TALKS))
    expect(speakerPoolSize(10_000)).toBe(1250)
    expect(documents.filter((document) => document._type === 'tag')).toHaveLength(60)
  })

  test('numbers talks talk-00001… with slugs made of the id and the title', () => {
    expect(talks.map((talk) => talk._id).sort()[0]).toBe('talk-00001')
    for (const talk of talks) expect(talk.slug.current.startsWith(`${talk._id}-`)).toBe(true)
  })

  test('holds sessions of 20 talks on first Mondays, one month apart, the newest on 2026-11-02', () => {
    const dates = sessions.map((session) => session.dates[0] as string).sort()
    expect(dates.at(-1)).toBe(NEWEST_SESSION_DATE)
    expect(dates).toEqual(['2026-09-07', '2026-10-05', '2026-11-02'])
    for (const date of dates) {
      expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(1)
      expect(Number(date.slice(8))).toBeLessThanOrEqual(7)
    }
    expect(sessions.every((session) => session.talks.length === 20)).toBe(true)
    expect(generateDataset({ talks: 45 }).counts.sessions).toBe(3)
  })

  test('has one site settings document', () => {
    expect(documents.filter((document: DatasetDocument) => document._type === 'siteSettings')).toHaveLength(1)
  })
})

describe('a large archive', () => {
  test('puts more talks in each session rather than dating any before the first WeShare year', () => {
    expect(talksPerSession(1_000)).toBe(TALKS_PER_SESSION)
    const perSession = talksPerSession(10_000)
    expect(perSession).toBeGreaterThan(TALKS_PER_SESSION)
    expect(Math.ceil(10_000 / perSession)).toBeLessThanOrEqual(MAX_SESSIONS)
    expect(firstMondayBefore(MAX_SESSIONS - 1).date.slice(0, 4)).toBe(String(FIRST_WESHARE_YEAR))
  })
})
