import { readFileSync } from 'node:fs'
import { DatasetDocumentSchema, TALK_FORMATS, slugify } from '@weshare/schema'
import type { DatasetDocument, Session, Speaker, Talk } from '@weshare/schema'
import { describe, expect, test } from 'vitest'
import { ImportError } from './import-error.ts'
import { importRecap } from './import-recap.ts'
import { KNOWN_TAGS } from './known-tags.ts'
import { RECAP_EXTENSIONS } from './testing/render-recap.ts'
import { SAMPLE_RECAPS, sampleDocuments } from './testing/sample-recaps.ts'

const sample = sampleDocuments()
const sampleSession = sample.find((document): document is Session => document._type === 'session')!
const DATES = sampleSession.dates

const talksOf = (documents: readonly DatasetDocument[]) =>
  documents.filter((document): document is Talk => document._type === 'talk')

/** Each talk's title with the names of its speakers, in the order the session lists them. */
function creditsOf(documents: readonly DatasetDocument[]): Array<[string, string[]]> {
  const names = new Map(
    documents.filter((document): document is Speaker => document._type === 'speaker').map((s) => [s._id, s.name]),
  )
  return talksOf(documents).map((talk) => [talk.title, talk.speakers.map((ref) => names.get(ref._ref) ?? ref._ref)])
}

/** The sample's talks as an archived recap lists them: grouped by format, in the order of the session. */
const sampleTalks = TALK_FORMATS.flatMap((format) =>
  sampleSession.talks
    .map((reference) => talksOf(sample).find((talk) => talk._id === reference._ref)!)
    .filter((talk) => talk.format === format.value),
)

describe.each(SAMPLE_RECAPS)('importing the sample session written as an archived recap ($layout)', (recap) => {
  const source = readFileSync(recap.file, 'utf8')
  const file = `sample-recap.${RECAP_EXTENSIONS[recap.layout]}`
  const { documents, summary, problems } = importRecap(source, { file, dates: DATES })
  const talks = talksOf(documents)

  test('finds every talk of the sample, in the same formats', () => {
    expect(talks.map((talk) => talk.title)).toEqual(sampleTalks.map((talk) => talk.title))
    const perFormat = (list: readonly Talk[]) =>
      TALK_FORMATS.map((format) => list.filter((talk) => talk.format === format.value).length)
    expect(perFormat(talks)).toEqual(perFormat(talksOf(sample)))
  })

  test('keeps titles that end with a question or an exclamation mark', () => {
    const marked = sampleTalks.map((talk) => talk.title).filter((title) => /[?!]$/.test(title))
    expect(marked.length).toBeGreaterThan(0)
    expect(talks.map((talk) => talk.title)).toEqual(expect.arrayContaining(marked))
  })

  test('credits each talk to the first names of its speakers in the sample', () => {
    const expected = new Map(creditsOf(sample))
    expect(creditsOf(documents)).toEqual(sampleTalks.map((talk) => [talk.title, expected.get(talk.title)]))
  })

  test('merges a first name credited in several talks into one speaker, and says so', () => {
    const titlesByName = new Map<string, string[]>()
    for (const [title, names] of creditsOf(sample)) {
      for (const name of names) titlesByName.set(name, [...(titlesByName.get(name) ?? []), title])
    }
    const namesakes = [...titlesByName].filter(([, titles]) => titles.length > 1)
    expect(namesakes.length).toBeGreaterThan(0)
    for (const [name, titles] of namesakes) {
      expect(documents.filter((document) => document._type === 'speaker' && document.name === name)).toHaveLength(1)
      expect(summary.speakers.find((speaker) => speaker.name === name)?.talks).toEqual(
        sampleTalks.map((talk) => talk.title).filter((title) => titles.includes(title)),
      )
    }
  })

  test('tags each talk with every tag of the sample the importer knows', () => {
    const known = new Set(KNOWN_TAGS.map((tag) => `tag-${slugify(tag.title)}`))
    for (const sampleTalk of sampleTalks) {
      const imported = talks.find((talk) => talk.title === sampleTalk.title)
      const expected = (sampleTalk.tags ?? []).map((reference) => reference._ref).filter((id) => known.has(id))
      expect(
        imported?.tags?.map((reference) => reference._ref),
        sampleTalk.title,
      ).toEqual(expect.arrayContaining(expected))
    }
  })

  test('writes documents that pass the zod schemas', () => {
    expect(problems).toEqual([])
    for (const document of documents) expect(DatasetDocumentSchema.safeParse(document).success).toBe(true)
  })

  test('lists the talks in the session in the order of the recap, on the given dates', () => {
    const session = documents.find((document): document is Session => document._type === 'session')
    expect(session?.talks.map((reference) => reference._ref)).toEqual(talks.map((talk) => talk._id))
    expect(session?.dates).toEqual(DATES)
    expect(session?.title).toBe(sampleSession.title)
  })

  test('takes the paragraphs before the first format as the intro, without the "Sommaire" line', () => {
    const session = documents.find((document): document is Session => document._type === 'session')
    const text = (blocks: Session['intro']) => blocks.map((block) => block.children.map((span) => span.text).join(''))
    expect(text(session?.intro ?? [])).toEqual(text(sampleSession.intro))
  })

  test('keeps every paragraph of each recap', () => {
    const paragraphs = (talk: Talk) =>
      talk.body.flatMap((block) =>
        block._type === 'block' && (block.style ?? 'normal') === 'normal'
          ? [
              block.children
                .map((span) => span.text)
                .join('')
                .replace(/\s*:$/, ''),
            ]
          : [],
      )
    for (const sampleTalk of sampleTalks) {
      const imported = talks.find((talk) => talk.title === sampleTalk.title)
      const importedText = imported ? paragraphs(imported).join('\n') : ''
      for (const paragraph of paragraphs(sampleTalk)) expect(importedText, sampleTalk.title).toContain(paragraph)
    }
  })

  test('leaves nothing of the recap out but its images, each reported to be added in the Studio', () => {
    const images = sampleTalks.flatMap((talk) => talk.body.filter((block) => block._type === 'image'))
    expect(summary.unmapped.map((item) => item.why)).toEqual(
      recap.layout === 'text' ? [] : images.map(() => 'image: not imported; add it in the Studio'),
    )
  })
})

const textRecap = SAMPLE_RECAPS.find((recap) => recap.layout === 'text')!
const textSource = readFileSync(textRecap.file, 'utf8')

test('gives byte-identical output on every run', () => {
  const run = () => JSON.stringify(importRecap(textSource, { file: 'recap.txt', dates: DATES }).documents)
  expect(run()).toBe(run())
})

test('requires --dates when the recap gives no explicit date, naming the months it saw', () => {
  const run = () => importRecap(textSource, { file: 'recap.txt' })
  expect(run).toThrow(ImportError)
  expect(run).toThrow(/--dates.*2023-02-06/)
  expect(run).toThrow(/février, mars/)
})

test('adds default site settings only when asked', () => {
  const without = importRecap(textSource, { file: 'recap.txt', dates: DATES })
  const withSettings = importRecap(textSource, { file: 'recap.txt', dates: DATES, withSiteSettings: true })
  expect(without.documents.some((document) => document._type === 'siteSettings')).toBe(false)
  expect(withSettings.documents.filter((document) => document._type === 'siteSettings')).toHaveLength(1)
  expect(withSettings.problems).toEqual([])
})
