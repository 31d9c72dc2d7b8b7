import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { SAMPLE_DATASET_FILE, integrityProblems, readDatasetFile } from '@weshare/content'
import {
  DOCUMENT_SCHEMAS,
  TALK_CHOICE_FIELDS,
  isDocumentType,
  talkFormatOrder,
  validateDocument,
  type DocumentType,
  type TalkFormat,
} from '@weshare/schema'
import { beforeAll, describe, expect, test } from 'vitest'

/*
 * The sample dataset carries the facts of the February–March 2023 recap: one session recapping two
 * WeShare days, 21 talks in the post's order, one speaker document per person.
 */

/** Where the zod schema of each type is declared. */
const SCHEMA_FILES: Record<DocumentType, string> = {
  session: 'packages/schema/src/session.ts',
  talk: 'packages/schema/src/talk-choices.ts (a field picked from a list) or packages/schema/src/talk.ts',
  speaker: 'packages/schema/src/speaker.ts',
  tag: 'packages/schema/src/tag.ts',
  siteSettings: 'packages/schema/src/site-settings.ts',
}

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

  test('holds only fields the zod schemas declare, which the site would otherwise drop unseen', () => {
    const undeclared = documents.flatMap((doc) => {
      if (!isDocumentType(doc._type)) return []
      const shape = DOCUMENT_SCHEMAS[doc._type].shape
      return Object.keys(doc)
        .filter((field) => !Object.hasOwn(shape, field))
        .map(
          (field) =>
            `${doc._type} "${doc._id}" has a field "${field}" that its zod schema does not declare: declare it in ${SCHEMA_FILES[doc._type as DocumentType]}, or remove it from studio/seed/sample.ndjson.`,
        )
    })
    expect(undeclared).toEqual([])
  })

  test('has no dangling reference, no duplicate slug and no talk outside its session', () => {
    expect(integrityProblems(documents)).toEqual([])
  })

  test('has slugs unique within each type', () => {
    for (const type of ['session', 'talk', 'speaker', 'tag']) {
      const slugs = ofType(type).map((doc) => doc.slug?.current)
      expect(new Set(slugs).size, type).toBe(slugs.length)
    }
  })

  test('has one session recapping the two WeShare days, without saying which talk was given on which day', () => {
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
    expect(runs).toEqual([
      ['quickie', 1],
      ['rex', 2],
      ['tools-in-action', 5],
      ['conference', 12],
      ['hands-on', 1],
    ])
    // The post presents formats in the order of TALK_FORMATS.
    const order = runs.map(([format]) => talkFormatOrder(format as TalkFormat))
    expect(order).toEqual(order.toSorted((a, b) => a - b))
  })

  test.each(TALK_CHOICE_FIELDS.map((field) => [field.name] as const))(
    'gives talks a %s, so that the site built from it shows the field on talk pages and as a search filter',
    (name) => {
      const values = new Set(ofType('talk').flatMap((talk) => (talk[name] === undefined ? [] : [talk[name]])))
      expect(
        values.size,
        `The talk field "${name}" has no value in the sample dataset: pick one for a few talks in studio/seed/sample.ndjson.`,
      ).toBeGreaterThan(0)
    },
  )

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

describe('the images of the sample dataset', () => {
  const seedDir = dirname(SAMPLE_DATASET_FILE)
  const references = () => [...JSON.stringify(documents).matchAll(/"_sanityAsset":"image@file:\/\/\.\/([^"]+)"/g)]

  test('give the speakers portraits, the session its cover and one recap a figure', () => {
    const owners = documents.flatMap((doc) =>
      [...JSON.stringify(doc).matchAll(/"_sanityAsset"/g)].map(() => `${doc._type} ${doc.slug?.current}`),
    )
    expect(owners.filter((owner) => owner.startsWith('speaker ')).length).toBeGreaterThanOrEqual(3)
    expect(owners).toContain('session weshare-fevrier-mars-2023')
    expect(owners.filter((owner) => owner.startsWith('talk '))).toHaveLength(1)
  })

  test('are files of studio/seed/images named by their content and size, each described in assets.json', async () => {
    const assets = JSON.parse(await readFile(join(seedDir, 'assets.json'), 'utf8')) as Record<
      string,
      { metadata: { dimensions: { width: number; height: number }; lqip: string } }
    >
    const named = references().map((match) => match[1]!)
    expect(named.length).toBeGreaterThan(0)
    for (const path of named) {
      const [, sha1, width, height] = /^images\/([0-9a-f]{40})-(\d+)x(\d+)\.png$/.exec(path) ?? []
      expect(sha1, `${path} is named <sha1>-<width>x<height>.png`).toBeDefined()
      const bytes = await readFile(join(seedDir, path))
      expect(createHash('sha1').update(bytes).digest('hex'), path).toBe(sha1)
      const { metadata } = assets[`image-${sha1}`] ?? {}
      expect(metadata?.dimensions, path).toMatchObject({ width: Number(width), height: Number(height) })
      expect(metadata?.lqip, path).toMatch(/^data:image\/jpeg;base64,/)
    }
    // No file is left over from an earlier drawing (`npm run seed:images` rewrites the folder).
    expect((await readdir(join(seedDir, 'images'))).sort()).toEqual(
      [...new Set(named.map((path) => path.slice('images/'.length)))].sort(),
    )
    expect(Object.keys(assets).sort()).toEqual(
      [...new Set(named.map((path) => `image-${path.slice('images/'.length, 'images/'.length + 40)}`))].sort(),
    )
  })
})
