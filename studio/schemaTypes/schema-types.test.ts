import { TALK_CHOICE_FIELDS, TALK_FORMATS } from '@weshare/schema'
import { describe, expect, test } from 'vitest'
import { talk } from './documents/talk.ts'
import { schemaTypes } from './index.ts'
import { siteSettings } from './singletons/siteSettings.ts'

// Schema definitions, reduced to what these tests read.
interface FieldDef {
  name: string
  type: string
  title?: string
  description?: string
  fields?: FieldDef[]
  of?: FieldDef[]
  to?: Array<{ type: string }>
  initialValue?: unknown
  options?: { list?: Array<{ value: string }> }
  marks?: { annotations?: FieldDef[] }
}
interface TypeDef extends FieldDef {
  icon?: unknown
  preview?: { select?: Record<string, string>; prepare?: (value: Record<string, unknown>) => Record<string, unknown> }
}

const types = schemaTypes as unknown as TypeDef[]
const byName = new Map(types.map((type) => [type.name, type]))
const withFields = types.filter((type) => type.type === 'document' || type.type === 'object')

// Sub-fields Sanity adds to its own types.
const BUILT_IN_FIELDS: Record<string, string[]> = {
  slug: ['current'],
  image: ['asset', 'hotspot', 'crop'],
  reference: ['_ref'],
  // Every document has its system fields.
  document: ['_id', '_type', '_createdAt', '_updatedAt', '_rev'],
}

/** Whether `path` (as written in a preview's `select`) names a field that exists, following references. */
function pathExists(type: FieldDef | undefined, segments: string[]): boolean {
  if (!type) return false
  const [head, ...rest] = segments
  if (head === undefined) return true
  const named = byName.get(type.type)
  if (named && named !== type) return pathExists(named, segments)
  if (type.type === 'reference') return (type.to ?? []).some((target) => pathExists(byName.get(target.type), segments))
  if (type.type === 'array') {
    if (!/^\d+$/.test(head)) return false
    return (type.of ?? []).some((member) => pathExists(member, rest))
  }
  const field = type.fields?.find((candidate) => candidate.name === head)
  if (field) return pathExists(field, rest)
  return (BUILT_IN_FIELDS[type.type] ?? []).includes(head) && rest.length === 0
}

/** Every field an editor sees: fields of types, of inline objects and images, of annotations. */
function allFields(type: FieldDef, trail: string): Array<{ trail: string; field: FieldDef }> {
  const own = (type.fields ?? []).flatMap((field) => [
    { trail: `${trail}.${field.name}`, field },
    ...allFields(field, `${trail}.${field.name}`),
  ])
  const members = (type.of ?? []).flatMap((member) => [
    ...allFields(member, `${trail}[${member.type}]`),
    ...(member.marks?.annotations ?? []).flatMap((mark) => allFields(mark, `${trail}[${mark.name}]`)),
  ])
  return [...own, ...members]
}

describe('schema types', () => {
  test.each(types.map((type) => [type.name, type] as const))('%s has an icon', (_name, type) => {
    // @sanity/icons 5 exports icons from subpaths; a root import is `undefined` at runtime.
    expect(type.icon, `icon of ${type.name}`).toBeDefined()
    expect(['function', 'object']).toContain(typeof type.icon)
  })

  test.each(withFields.map((type) => [type.name, type] as const))(
    '%s has a preview that selects existing fields',
    (_name, type) => {
      const select = type.preview?.select
      expect(select, `preview.select of ${type.name}`).toBeDefined()
      for (const path of Object.values(select ?? {})) {
        expect(pathExists(type, path.split('.')), `${type.name} preview selects "${path}"`).toBe(true)
      }
    },
  )

  test('every field has a French title and a one-sentence description', () => {
    const fields = types.flatMap((type) => allFields(type, type.name))
    // The walk reaches nested fields too, not only the top-level ones.
    expect(fields.map((entry) => entry.trail)).toEqual(
      expect.arrayContaining(['session.cover.alt', 'blockContent[image].alt', 'blockContent[link].href']),
    )
    for (const { trail, field } of fields) {
      expect(field.title, `title of ${trail}`).toMatch(/\S/)
      expect(field.description, `description of ${trail}`).toMatch(/^[A-ZÀ-Ý«].*[.]$/)
    }
  })
})

describe('talk', () => {
  test('offers exactly the formats of TALK_FORMATS, in their order', () => {
    const format = (talk as unknown as TypeDef).fields?.find((field) => field.name === 'format')
    expect(format?.options?.list?.map((option) => option.value)).toEqual(TALK_FORMATS.map((entry) => entry.value))
  })

  test('has a field for each entry of TALK_CHOICE_FIELDS, offering its values and labels in their order', () => {
    const fields = (talk as unknown as TypeDef).fields ?? []
    for (const choice of TALK_CHOICE_FIELDS) {
      const field = fields.find((candidate) => candidate.name === choice.name) as
        (FieldDef & { options?: { list?: Array<{ value: string; title: string }> } }) | undefined
      expect(field?.title, choice.name).toBe(choice.title)
      expect(field?.options?.list, choice.name).toEqual(
        choice.choices.map((entry) => ({ title: entry.label, value: entry.value })),
      )
    }
  })

  test('shows its format and first speakers under its title', () => {
    const prepare = (talk as unknown as TypeDef).preview?.prepare
    expect(prepare?.({ title: 'Kafka', format: 'tools-in-action', speaker0: 'Ada', speaker1: 'Grace' })).toEqual({
      title: 'Kafka',
      subtitle: 'Tools in Action · Ada, Grace',
    })
    expect(
      prepare?.({ title: 'Panel', format: 'conference', speaker0: 'A', speaker1: 'B', speaker2: 'C', speaker3: 'D' }),
    ).toEqual({
      title: 'Panel',
      subtitle: 'Conférence · A, B, C…',
    })
  })
})

describe('session', () => {
  test('shows its dates in French and how many talks it has', () => {
    const prepare = byName.get('session')?.preview?.prepare
    const preview = prepare?.({ title: 'Juin', dates: ['2025-06-12', '2025-06-13'], talks: [{}, {}, {}] })
    expect(preview?.subtitle).toBe('12 juin 2025 et 13 juin 2025 · 3 talks')
  })

  test('says what is missing while the session is being written', () => {
    const prepare = byName.get('session')?.preview?.prepare
    expect(prepare?.({ title: 'Juin', dates: ['2025-06-1'] })?.subtitle).toBe('Dates à préciser · aucun talk')
    expect(prepare?.({ title: 'Juin', dates: ['2025-06-12', '2025-06'], talks: [{}] })?.subtitle).toBe(
      '12 juin 2025 · 1 talk',
    )
  })
})

describe('codeBlock', () => {
  test('shows its first line of code and its language', () => {
    const prepare = byName.get('codeBlock')?.preview?.prepare
    expect(prepare?.({ language: 'bash', code: '\n  kubectl get pods\nkubectl logs' })).toEqual({
      title: 'kubectl get pods',
      subtitle: 'Bash',
    })
  })
})

describe('siteSettings', () => {
  test('starts in one of the languages it offers', () => {
    const language = (siteSettings as unknown as TypeDef).fields?.find((field) => field.name === 'language')
    const offered = language?.options?.list?.map((option) => option.value)
    expect(offered).toEqual(['fr', 'en'])
    expect(offered).toContain(language?.initialValue)
  })
})
