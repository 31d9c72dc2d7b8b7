import { LIMITS, SpanSchema, TalkSchema, textProblem } from '@weshare/schema'
import { pathToString, validateDocument, type Path, type SanityDocument, type Source } from 'sanity'
import { beforeAll, describe, expect, test } from 'vitest'
import { schemaTypes } from '../index.ts'
import { offlineStudioSource } from './offline-studio.ts'
import { siteTextProblem, siteTextRule, spanTextRule } from './site-text-rule.ts'

const title = TalkSchema.shape.title
const talkBody = (text: string) => ({
  _type: 'block',
  _key: 'p1',
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: 's', text, marks: [] }],
})

describe('siteTextProblem', () => {
  test('accepts a clean title, accents typed in either Unicode form', () => {
    expect(siteTextProblem(title, 'Kafka et le chat grincheux')).toBeUndefined()
    expect(siteTextProblem(title, 'Le cafe\u0301 de l’e\u0301quipe')).toBeUndefined()
  })

  test('refuses a control character with the words of the build, as a sentence', () => {
    const problem = siteTextProblem(title, 'Kafka\u0007 grincheux')
    expect(problem).toBe(`${textProblem('Kafka\u0007 grincheux')?.replace(/^l/, 'L')}`)
    expect(problem).toMatch(/^Le texte contient un caractère de contrôle invisible \(U\+0007, caractère 6\)/)
  })

  test('refuses a bidirectional override', () => {
    expect(siteTextProblem(title, 'Kafka \u202Exuehcnirg')).toMatch(/change le sens d'affichage \(U\+202E/)
  })

  test('refuses half a surrogate pair', () => {
    expect(siteTextProblem(title, 'Kafka \uD83D')).toMatch(/caractère incomplet/)
  })

  test('refuses a title made only of zero-width spaces, or of combining marks', () => {
    const invisible = /^Le titre est vide : il ne contient que des espaces ou des caractères invisibles/
    expect(siteTextProblem(title, '\u200B\u200B\u200B')).toMatch(invisible)
    expect(siteTextProblem(title, '\u0301\u0302')).toMatch(invisible)
  })

  test('refuses a title of spaces with the message of an empty title', () => {
    expect(siteTextProblem(title, '   ')).toBe('Le titre est vide : saisissez le titre du talk.')
  })

  test('counts the length as the build does, after composing accents', () => {
    expect(siteTextProblem(title, 'e\u0301'.repeat(LIMITS.titleLength))).toBeUndefined()
    expect(siteTextProblem(title, 'x'.repeat(LIMITS.titleLength + 1))).toMatch(
      /^Le texte est trop long : 201 caractères pour 200 au plus/,
    )
  })
})

describe('siteTextRule', () => {
  const context = {} as never

  test('leaves an absent or empty value to the field’s required rule', () => {
    expect(siteTextRule(title)(undefined, context)).toBe(true)
    expect(siteTextRule(title)('', context)).toBe(true)
  })

  test('keeps line breaks where the field is multi-line, and refuses them in a title', () => {
    expect(siteTextRule(SpanSchema.shape.text)('Ligne un\nligne deux', context)).toBe(true)
    expect(siteTextRule(title)('Ligne un\nligne deux', context)).toMatch(/U\+000A/)
  })
})

describe('the list level of a block', () => {
  test('is refused past the level the build accepts', async () => {
    const source = await offlineStudioSource()
    const item = (level: number) => ({ ...talkBody('Un point'), listItem: 'bullet', level })
    const found = await validateDocument({
      document: {
        _id: 'talk-liste',
        _type: 'talk',
        _rev: 'r',
        _createdAt: '2025-06-01T00:00:00Z',
        _updatedAt: '2025-06-01T00:00:00Z',
        body: [item(2), { ...item(11), _key: 'p2' }],
      } as SanityDocument,
      workspace: source,
      getDocumentExists: async () => true,
      environment: 'studio',
    })
    expect(
      found.filter((marker) => pathToString(marker.path).startsWith('body')).map((marker) => marker.message),
    ).toEqual([expect.stringMatching(/^Niveau de liste 11 : une liste s'imbrique sur 10 niveaux au plus/)])
  })
})

describe('spanTextRule', () => {
  test('marks each span whose text the build refuses, on that span', () => {
    const block = {
      _type: 'block',
      children: [
        { _type: 'span', _key: 'a', text: 'Propre' },
        { _type: 'span', _key: 'b', text: 'Sale\u0000' },
      ],
    }
    expect(spanTextRule(SpanSchema.shape.text)(block, {} as never)).toEqual([
      {
        message: expect.stringMatching(/^Le texte contient un caractère de contrôle invisible \(U\+0000/),
        path: ['children', { _key: 'b' }, 'text'],
      },
    ])
  })
})

/*
 * Every text field of every document type, found by walking the schema types, must refuse what the
 * build refuses: a field added without the rule fails here. Fields picked from a list are not typed
 * by editors, and the build checks them against the list.
 */

interface FieldDef {
  name?: string
  type: string
  fields?: FieldDef[]
  of?: FieldDef[]
  options?: { list?: unknown[] }
}

const types = schemaTypes as unknown as Array<FieldDef & { name: string }>
const byName = new Map(types.map((type) => [type.name, type]))

interface TextLeaf {
  /** Where the value sits, as Sanity marks it. */
  path: Path
  /** The document value that puts `bad` at that path. */
  value: (bad: string) => unknown
  /** A slug: refused by the slug pattern, in its own words. */
  slug: boolean
}

const KEY = 'k'

/** The text leaves under a field of type `def`, relative to it. */
function leavesOf(def: FieldDef): TextLeaf[] {
  const named = byName.get(def.type)
  if (def.type === 'string' || def.type === 'text') {
    return def.options?.list ? [] : [{ path: [], value: (bad) => bad, slug: false }]
  }
  if (def.type === 'slug') return [{ path: [], value: (bad) => ({ _type: 'slug', current: bad }), slug: true }]
  if (def.type === 'block') {
    return [
      {
        path: ['children', { _key: 's' }, 'text'],
        value: (bad) => ({
          style: 'normal',
          markDefs: [],
          children: [{ _type: 'span', _key: 's', text: bad, marks: [] }],
        }),
        slug: false,
      },
    ]
  }
  if (def.type === 'array' || (named?.type === 'array' && !def.of)) {
    const members = def.of ?? named?.of ?? []
    return members.flatMap((member) =>
      leavesOf(member).map((leaf) => ({
        path: [{ _key: KEY }, ...leaf.path],
        value: (bad: string) => {
          const inner = leaf.value(bad)
          const item = typeof inner === 'string' ? inner : { _type: member.type, _key: KEY, ...(inner as object) }
          return [item]
        },
        slug: leaf.slug || def.name === 'previousSlugs',
      })),
    )
  }
  const fields = def.fields ?? (named && named !== def ? named.fields : undefined)
  if (!fields) return []
  return fields.flatMap((field) =>
    leavesOf(field).map((leaf) => ({
      path: [field.name ?? '', ...leaf.path],
      value: (bad: string) => ({ [field.name ?? '']: leaf.value(bad) }),
      slug: leaf.slug,
    })),
  )
}

const documentTypes = types.filter((type) => type.type === 'document')
const leaves = documentTypes.flatMap((type) =>
  leavesOf({ type: 'object', fields: type.fields }).map((leaf) => ({ type: type.name, ...leaf })),
)
// A string member of an array keeps its index path: Sanity marks it by index, not by key.
const markedPath = (path: Path) => pathToString(path).replace(/\[_key=="k"\]$/, '[0]')

describe('every text field of the Studio', () => {
  let source: Source

  beforeAll(async () => {
    source = await offlineStudioSource()
  })

  test('the walk finds the text fields of each type, down to rich text, links, asides and images', () => {
    const found = leaves.map((leaf) => `${leaf.type}.${markedPath(leaf.path)}`)
    expect(found).toEqual(
      expect.arrayContaining([
        'talk.title',
        'talk.slug',
        'talk.body[_key=="k"].children[_key=="s"].text',
        'talk.body[_key=="k"].code',
        'talk.body[_key=="k"].alt',
        'talk.asides[_key=="k"].label',
        'talk.asides[_key=="k"].body[_key=="k"].children[_key=="s"].text',
        'speaker.name',
        'speaker.bio',
        'speaker.avatar.alt',
        'speaker.links[_key=="k"].label',
        'session.seoDescription',
        'session.cover.alt',
        'tag.description',
        'siteSettings.title',
        'siteSettings.description',
      ]),
    )
  })

  test.each(leaves.map((leaf) => [`${leaf.type}.${markedPath(leaf.path)}`, leaf] as const))(
    'refuses a control character in %s',
    async (_name, leaf) => {
      const document = {
        _id: `${leaf.type}-controle`,
        _type: leaf.type,
        _rev: 'r',
        _createdAt: '2025-06-01T00:00:00Z',
        _updatedAt: '2025-06-01T00:00:00Z',
        ...(leaf.value('Texte\u0007piégé') as object),
      } as SanityDocument
      const markers = await validateDocument({
        document,
        workspace: source,
        getDocumentExists: async () => true,
        environment: 'studio',
      })
      const at = markers.filter((marker) => pathToString(marker.path) === markedPath(leaf.path))
      expect(
        at.filter((marker) => marker.level === 'error').map((marker) => marker.message),
        JSON.stringify(markers.map((marker) => [pathToString(marker.path), marker.message])),
      ).toContainEqual(
        leaf.slug ? expect.any(String) : expect.stringMatching(/caractère de contrôle invisible \(U\+0007/),
      )
    },
  )
})
