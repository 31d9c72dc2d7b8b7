import { readFileSync } from 'node:fs'
import { pathToString, validateDocument, type SanityDocument, type Source } from 'sanity'
import { beforeAll, describe, expect, test } from 'vitest'
import { offlineStudioSource } from './helpers/offline-studio.ts'

let source: Source

beforeAll(async () => {
  source = await offlineStudioSource()
})

function paragraph(text: string, key = 'p1') {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  }
}
const ref = (id: string, key: string) => ({ _type: 'reference', _ref: id, _key: key })
const image = (alt?: string) => ({
  _type: 'image',
  asset: { _type: 'reference', _ref: 'image-abc-200x200-jpg' },
  ...(alt ? { alt } : {}),
})

function talkDocument(overrides: Record<string, unknown> = {}): SanityDocument {
  return {
    _id: 'talk-1',
    _type: 'talk',
    _rev: 'r',
    _createdAt: '2025-06-01T00:00:00Z',
    _updatedAt: '2025-06-01T00:00:00Z',
    title: 'Kafka et le chat grincheux',
    slug: { _type: 'slug', current: 'kafka-et-le-chat-grincheux' },
    format: 'conference',
    speakers: [ref('speaker-1', 's1')],
    body: [paragraph('Un retour sur la migration vers Kafka.')],
    ...overrides,
  }
}

function sessionDocument(overrides: Record<string, unknown> = {}): SanityDocument {
  return {
    _id: 'session-1',
    _type: 'session',
    _rev: 'r',
    _createdAt: '2025-06-01T00:00:00Z',
    _updatedAt: '2025-06-01T00:00:00Z',
    title: 'WeShare juin 2025',
    slug: { _type: 'slug', current: 'weshare-juin-2025' },
    dates: ['2025-06-12'],
    intro: [paragraph('Deux jours de partage.')],
    talks: [ref('talk-1', 't1')],
    ...overrides,
  }
}

/** Validation messages as an editor reads them in the Studio: level, field and text. */
async function markers(document: SanityDocument) {
  // 'studio', not 'cli': in the CLI environment Sanity 6.16 appends an unknown-fields check to
  // object types with `.warning()`, which turns every rule of an object (slug, document) into a warning.
  const found = await validateDocument({
    document,
    workspace: source,
    getDocumentExists: async () => true,
    environment: 'studio',
  })
  return found.map((marker) => ({ level: marker.level, path: pathToString(marker.path), message: marker.message }))
}

describe('talk validation', () => {
  test('accepts a complete talk', async () => {
    expect(await markers(talkDocument())).toEqual([])
  })

  test('refuses to publish a hands-on whose recap has no words', async () => {
    const found = await markers(talkDocument({ format: 'hands-on', body: [paragraph('')] }))
    expect(found).toContainEqual(
      expect.objectContaining({ level: 'error', path: 'body', message: expect.stringContaining('hands-on') }),
    )
  })

  test('warns when a quickie recap is longer than a quickie', async () => {
    const long = Array.from({ length: 300 }, () => 'mot').join(' ')
    const found = await markers(talkDocument({ format: 'quickie', body: [paragraph(long)] }))
    expect(found).toEqual([
      {
        level: 'warning',
        path: 'body',
        message: "Un quickie dure 15 minutes : ce résumé est plus long que d'habitude.",
      },
    ])
  })

  test('refuses a speaker listed twice', async () => {
    const found = await markers(talkDocument({ speakers: [ref('speaker-1', 's1'), ref('speaker-1', 's2')] }))
    expect(found).toContainEqual({
      level: 'error',
      path: 'speakers[_key=="s2"]',
      message: 'Cet intervenant figure déjà dans la liste : retirez le doublon.',
    })
  })

  test('refuses a format that is not one of the known formats', async () => {
    const found = await markers(talkDocument({ format: 'pas-un-format' }))
    expect(found).toContainEqual(expect.objectContaining({ level: 'error', path: 'format' }))
  })

  test('refuses a slug the site cannot use', async () => {
    const found = await markers(talkDocument({ slug: { _type: 'slug', current: 'Kafka Été' } }))
    expect(found).toContainEqual(expect.objectContaining({ level: 'error', path: 'slug' }))
  })

  test('refuses slides that are not a web address', async () => {
    const found = await markers(talkDocument({ links: { _type: 'talkLinks', slides: 'ftp://example.org/slides.pdf' } }))
    expect(found).toContainEqual(expect.objectContaining({ level: 'error', path: 'links.slides' }))
  })
})

describe('session validation', () => {
  test('accepts a complete session', async () => {
    expect(await markers(sessionDocument())).toEqual([])
  })

  test('asks for at least one date', async () => {
    const found = await markers(sessionDocument({ dates: [] }))
    expect(found).toContainEqual({ level: 'error', path: 'dates', message: 'Ajoutez au moins une date de WeShare.' })
  })

  test('refuses to publish a session without talks, as the site build does', async () => {
    const found = await markers(sessionDocument({ talks: [] }))
    expect(found).toContainEqual({ level: 'error', path: 'talks', message: "Ajoutez au moins un talk à l'édition." })
  })

  test('refuses a talk listed twice', async () => {
    const found = await markers(sessionDocument({ talks: [ref('talk-1', 't1'), ref('talk-1', 't2')] }))
    expect(found).toContainEqual({
      level: 'error',
      path: 'talks[_key=="t2"]',
      message: "Ce talk figure déjà dans l'édition : retirez le doublon.",
    })
  })

  test('asks for the alternative text of an uploaded cover, not of a missing one', async () => {
    expect(await markers(sessionDocument({ cover: image() }))).toContainEqual(
      expect.objectContaining({ level: 'error', path: 'cover.alt' }),
    )
    expect(await markers(sessionDocument({ cover: image('La salle pendant la keynote') }))).toEqual([])
  })

  test('warns, without blocking, when the SEO description is too long for search engines', async () => {
    const found = await markers(sessionDocument({ seoDescription: 'x'.repeat(161) }))
    expect(found).toEqual([expect.objectContaining({ level: 'warning', path: 'seoDescription' })])
  })
})

describe('sample dataset', () => {
  test('passes the Studio validation, document by document', async () => {
    const file = new URL('../seed/sample.ndjson', import.meta.url)
    const documents = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as SanityDocument)
    expect(documents.length).toBeGreaterThan(0)
    const problems = []
    for (const document of documents) {
      for (const marker of await markers(document)) problems.push({ id: document._id, ...marker })
    }
    expect(problems).toEqual([])
  })
})
