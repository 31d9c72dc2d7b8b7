import { describe, expect, test } from 'vitest'
import { editorErrorMap } from './editor-error-map.ts'
import { TalkSchema } from './talk.ts'
import { validateDocument } from './validate-document.ts'

const talk = {
  _id: 'talk-kafka',
  _type: 'talk',
  _createdAt: '2023-03-10T09:00:00Z',
  _updatedAt: '2023-03-10T09:00:00Z',
  _rev: 'r1',
  title: 'Kafka expliqué au Grumpy Cat',
  slug: { _type: 'slug', current: 'kafka-explique-au-grumpy-cat' },
  format: 'conference',
  speakers: [{ _type: 'reference', _ref: 'speaker-joachim', _key: 'a' }],
  body: [
    {
      _type: 'block',
      _key: 'b',
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: 'c', text: 'Kafka', marks: [] }],
    },
  ],
}

function messages(input: unknown) {
  const result = TalkSchema.safeParse(input, { error: editorErrorMap })
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('TalkSchema', () => {
  test('accepts a talk as the Studio stores it', () => {
    expect(messages(talk)).toEqual([])
  })

  test('rejects a talk whose format is not one of the known formats', () => {
    expect(messages({ ...talk, format: 'pas-un-format' })).toEqual([
      expect.stringMatching(/^format: "pas-un-format" n'est pas un format connu/),
    ])
  })

  test('rejects a talk without speakers', () => {
    expect(messages({ ...talk, speakers: [] })).toEqual([
      'speakers: aucun intervenant : ajoutez au moins une personne.',
    ])
  })

  test('accepts only http(s) links for slides, video and repository', () => {
    expect(
      messages({
        ...talk,
        links: { _type: 'talkLinks', slides: 'https://example.org/s.pdf', video: 'http://example.org/v' },
      }),
    ).toEqual([])
    expect(messages({ ...talk, links: { _type: 'talkLinks', repository: 'javascript:alert(1)' } })).toEqual([
      expect.stringMatching(/^links\.repository: "javascript:alert\(1\)" n'est pas une adresse web valide/),
    ])
  })

  test('rejects a slug with accents or spaces, telling the editor to regenerate it', () => {
    expect(messages({ ...talk, slug: { _type: 'slug', current: 'Kafka expliqué' } })).toEqual([
      expect.stringMatching(/^slug\.current: le slug "Kafka expliqué" contient des caractères interdits/),
    ])
  })

  test('rejects an image in the recap that has no alternative text', () => {
    const image = { _type: 'image', _key: 'i', asset: { _type: 'reference', _ref: 'image-abc-800x600-png' } }
    expect(messages({ ...talk, body: [...talk.body, image] })).toEqual([
      expect.stringMatching(/^body\.1\.alt: l'image n'a pas de texte alternatif/),
    ])
  })

  test('says which block type is unknown in a recap', () => {
    expect(messages({ ...talk, body: [{ _type: 'youtube', _key: 'y' }] })).toEqual([
      expect.stringMatching(/^body\.0\._type: élément de type "youtube" inconnu/),
    ])
  })
})

describe('a talk exported before its tags field was renamed', () => {
  test('is refused with the migration to run, rather than published without its tags', () => {
    const old = { ...talk, topics: [{ _type: 'reference', _ref: 'tag-kafka', _key: 't' }] }
    const problems = validateDocument(old)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ severity: 'error', path: 'topics' })
    expect(problems[0]?.message).toContain('npx sanity migration run rename-talk-topics-to-tags')
    expect(validateDocument(talk)).toEqual([])
  })
})
