import { readFileSync } from 'node:fs'
import { DatasetDocumentSchema, TALK_FORMATS } from '@weshare/schema'
import type { Session, Speaker, Talk } from '@weshare/schema'
import { describe, expect, test } from 'vitest'
import { ImportError } from './import-error.ts'
import { importRecap } from './import-recap.ts'

// The archived post this project grew from. It lives beside the repository (read-only, also in CI), not in it.
const SOURCE_RECAP = new URL('../../../../shared/seed/000_436ab6586ba55c7e.txt', import.meta.url)
const DATES = ['2023-02-06', '2023-03-06']

function importSource() {
  return importRecap(readFileSync(SOURCE_RECAP, 'utf8'), { file: 'source.txt', dates: DATES })
}

function talksOf(documents: ReadonlyArray<{ _type: string }>): Talk[] {
  return documents.filter((document): document is Talk => document._type === 'talk')
}

function speakerNames(documents: ReadonlyArray<{ _type: string }>, talkTitle: string): string[] {
  const speakers = new Map(
    documents
      .filter((document): document is Speaker => document._type === 'speaker')
      .map((speaker) => [speaker._id, speaker.name]),
  )
  const talk = talksOf(documents).find((item) => item.title.startsWith(talkTitle))
  return (talk?.speakers ?? []).map((reference) => speakers.get(reference._ref) ?? `missing ${reference._ref}`)
}

describe('importing the source recap (plain text)', () => {
  const { documents, summary, problems } = importSource()

  test('finds the 21 talks of the source recap in five formats', () => {
    const talks = talksOf(documents)
    expect(talks).toHaveLength(21)
    const counts = Object.fromEntries(
      TALK_FORMATS.map((format) => [format.value, talks.filter((talk) => talk.format === format.value).length]),
    )
    expect(counts).toEqual({ ...counts, quickie: 1, rex: 2, 'tools-in-action': 5, conference: 12, 'hands-on': 1 })
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(21)
  })

  test('keeps titles that end with a question or an exclamation mark', () => {
    const titles = talksOf(documents).map((talk) => talk.title)
    expect(titles).toContain("Mais c'est quoi un Data Mesh bon sang !")
    expect(titles).toContain('Flux ou ArgoCD ? Lequel choisir ?')
    expect(titles).toContain("Wayland : vous n'êtes pas prêt !")
    expect(titles).toContain("Docker Compose n'est pas mort !")
    expect(titles).toContain('Quelles différences entre AVC et ACV (Analyse des Cycles de Vie) ?')
  })

  test('credits each talk to the first names the recap uses as subjects', () => {
    expect(speakerNames(documents, 'Quand un incident')).toEqual(['Benoît'])
    expect(speakerNames(documents, "Terraformer l'existant")).toEqual(['Guillaume'])
    expect(speakerNames(documents, 'Expliquez-moi la CNCF')).toEqual(['Ismaël', 'David'])
    expect(speakerNames(documents, 'Vector')).toEqual(['David'])
    expect(speakerNames(documents, "J'ai ma Livebox")).toEqual(['Lilian'])
    expect(speakerNames(documents, 'SRE, ou comment')).toEqual(['Jean-Pascal', 'Damien'])
    expect(speakerNames(documents, 'Quelles différences entre AVC et ACV')).toEqual(['Gérôme'])
    expect(speakerNames(documents, 'Falco')).toEqual(['Akram'])
    expect(speakerNames(documents, 'Mais c')).toEqual(['Charles-Alban', 'Ismaël'])
    expect(speakerNames(documents, 'Pulumi')).toEqual(['Stéphane'])
    expect(speakerNames(documents, 'Wayland')).toEqual(['Olivier'])
    expect(speakerNames(documents, 'Docker Compose')).toEqual(['Morgan', 'Akram'])
    expect(speakerNames(documents, 'Flux ou ArgoCD ?')).toEqual(['Clément', 'Bastien'])
    expect(speakerNames(documents, "Introduction aux tempêtes d'évènements")).toEqual(['Gérôme'])
    expect(speakerNames(documents, "Goldie d'or")).toEqual(['Jérôme'])
    expect(speakerNames(documents, 'Kafka expliqué au Grumpy Cat')).toEqual(['Joachim', 'Stéphane'])
    expect(speakerNames(documents, 'Hashistack')).toEqual(['Aurélien'])
    expect(talksOf(documents).every((talk) => talk.speakers.length > 0)).toBe(true)
  })

  test('does not credit people the recap names in full, nor products', () => {
    const names = documents
      .filter((document): document is Speaker => document._type === 'speaker')
      .map((speaker) => speaker.name)
    for (const notASpeaker of [
      'Yoann',
      'Benoit',
      'Zhamak',
      'Dehghani',
      'Alberto',
      'Brandolini',
      'Kafka',
      'Wayland',
      'Mimir',
      'Vector',
      'Falco',
      'Docker',
    ]) {
      expect(names).not.toContain(notASpeaker)
    }
  })

  test('merges a first name credited in several talks into one speaker, and says so', () => {
    const stephanes = documents.filter((document) => document._type === 'speaker' && document.name === 'Stéphane')
    expect(stephanes).toHaveLength(1)
    expect(summary.speakers.find((speaker) => speaker.name === 'Stéphane')?.talks).toEqual([
      'Pulumi - Infra as true Code',
      'Kafka expliqué au Grumpy Cat',
    ])
  })

  test('writes documents that pass the zod schemas', () => {
    expect(problems).toEqual([])
    for (const document of documents) expect(DatasetDocumentSchema.safeParse(document).success).toBe(true)
  })

  test('lists the talks in the edition in the order of the recap', () => {
    const session = documents.find((document): document is Session => document._type === 'session')
    expect(session?.talks.map((reference) => reference._ref)).toEqual(talksOf(documents).map((talk) => talk._id))
    expect(session?.talks[0]?._ref).toBe('talk-quand-un-incident-remet-en-cause-la-gestion-des-secrets')
    expect(session?.talks.at(-1)?._ref).toBe('talk-hashistack')
    expect(session?.dates).toEqual(DATES)
  })

  test('takes the text before the first format as the intro, without the "Sommaire" line', () => {
    const session = documents.find((document): document is Session => document._type === 'session')
    expect(session?.intro).toHaveLength(1)
    expect(session?.intro[0]?.children[0]?.text).toMatch(/^Le WeShare, c’est le premier lundi/)
  })

  test('tags talks with the known topics they mention', () => {
    const kafka = talksOf(documents).find((talk) => talk.title === 'Kafka expliqué au Grumpy Cat')
    expect(kafka?.topics?.map((reference) => reference._ref)).toContain('tag-kafka')
    const sre = talksOf(documents).find((talk) => talk.title.startsWith('SRE'))
    expect(sre?.topics?.map((reference) => reference._ref)).toContain('tag-sre')
  })

  test('leaves nothing of the source recap out', () => {
    expect(summary.unmapped).toEqual([])
  })
})

test('gives byte-identical output on every run', () => {
  expect(JSON.stringify(importSource().documents)).toBe(JSON.stringify(importSource().documents))
})

test('requires --dates when the recap gives no explicit date, naming the months it saw', () => {
  const run = () => importRecap(readFileSync(SOURCE_RECAP, 'utf8'), { file: 'source.txt' })
  expect(run).toThrow(ImportError)
  expect(run).toThrow(/--dates.*2023-02-06/)
  expect(run).toThrow(/février, mars/)
})

test('adds default site settings only when asked', () => {
  const source = readFileSync(SOURCE_RECAP, 'utf8')
  const without = importRecap(source, { file: 'source.txt', dates: DATES })
  const withSettings = importRecap(source, { file: 'source.txt', dates: DATES, withSiteSettings: true })
  expect(without.documents.some((document) => document._type === 'siteSettings')).toBe(false)
  expect(withSettings.documents.filter((document) => document._type === 'siteSettings')).toHaveLength(1)
  expect(withSettings.problems).toEqual([])
})
