import { SAMPLE_DATASET_FILE, integrityProblems, readDatasetFile } from '@weshare/content'
import { TALK_FORMATS, validateDocument } from '@weshare/schema'
import { beforeAll, describe, expect, test } from 'vitest'

/*
 * The sample dataset carries the facts of the February–March 2023 recap: one edition recapping two
 * WeShare days, 21 talks in the post's order, one speaker document per person.
 */

type Doc = { _id: string; _type: string; slug?: { current: string }; [field: string]: unknown }
let documents: Doc[]
const ofType = (type: string) => documents.filter((doc) => doc._type === type)

beforeAll(async () => {
  documents = (await readDatasetFile(SAMPLE_DATASET_FILE)) as Doc[]
})

describe('the sample dataset', () => {
  test('every document parses with the zod schema of its type', () => {
    expect(documents.flatMap(validateDocument)).toEqual([])
  })

  test('has no dangling reference, no duplicate slug and no talk outside its edition', () => {
    expect(integrityProblems(documents)).toEqual([])
  })

  test('has slugs unique within each type', () => {
    for (const type of ['session', 'talk', 'speaker', 'tag']) {
      const slugs = ofType(type).map((doc) => doc.slug?.current)
      expect(new Set(slugs).size, type).toBe(slugs.length)
    }
  })

  test('has one edition recapping the two WeShare days, without saying which talk was given on which day', () => {
    const [session, ...others] = ofType('session')
    expect(others).toEqual([])
    expect(session?.dates).toEqual(['2023-02-06', '2023-03-06'])
    expect(JSON.stringify(ofType('talk'))).not.toMatch(/"(date|day|dates)"\s*:/)
  })

  test('lists exactly 21 talks grouped by format as the post: 1 Quickie, 2 REX, 5 Tools in Action, 12 Conférences, 1 Hands-on', () => {
    const session = ofType('session')[0]!
    const byId = new Map(ofType('talk').map((talk) => [talk._id, talk]))
    const formats = (session.talks as Array<{ _ref: string }>).map((ref) => byId.get(ref._ref)?.format as string)
    expect(formats).toHaveLength(21)
    expect(ofType('talk')).toHaveLength(21)
    // Consecutive runs of the same format, in the order of the post's table of contents.
    const runs = formats.reduce<Array<[string, number]>>((out, format) => {
      const last = out.at(-1)
      if (last && last[0] === format) last[1] += 1
      else out.push([format, 1])
      return out
    }, [])
    expect(runs).toEqual(TALK_FORMATS.map((format, index) => [format.value, [1, 2, 5, 12, 1][index]]))
  })

  test('has one speaker document per person: 22 people, several of whom speak twice', () => {
    const speakers = ofType('speaker')
    expect(speakers).toHaveLength(22)
    const talksPerSpeaker = speakers.map(
      (speaker) =>
        ofType('talk').filter((talk) =>
          (talk.speakers as Array<{ _ref: string }>).some((ref) => ref._ref === speaker._id),
        ).length,
    )
    expect(Math.min(...talksPerSpeaker)).toBe(1)
    expect(talksPerSpeaker.filter((count) => count === 2).length).toBeGreaterThanOrEqual(5)
  })

  test('keeps the asides of the post apart from the recaps', () => {
    const asides = ofType('talk').flatMap((talk) =>
      ((talk.asides as Array<{ label: string }> | undefined) ?? []).map((aside) => `${talk.title} — ${aside.label}`),
    )
    expect(asides).toHaveLength(3)
    expect(asides.join('\n')).toMatch(/CNCF[\s\S]*Data Mesh[\s\S]*CNI/)
  })
})
