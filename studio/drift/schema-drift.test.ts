import { readFileSync } from 'node:fs'
import { DOCUMENT_SCHEMAS, TalkSchema } from '@weshare/schema'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { SchemaComparison, type StudioSchemaEntry } from './schema-drift.ts'

/** studio/schema.json, extracted from the Studio schema by `npm run typegen` (a staleness test keeps it current). */
const extracted = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8')) as StudioSchemaEntry[]

function compareAll(studio: StudioSchemaEntry[], schemas: Record<string, z.ZodType> = DOCUMENT_SCHEMAS): string[] {
  const comparison = new SchemaComparison(studio)
  for (const [name, schema] of Object.entries(schemas)) comparison.document(name, schema)
  return comparison.problems
}

function withTalkField(field: string, attribute: object): StudioSchemaEntry[] {
  return extracted.map((entry) =>
    entry.name === 'talk' && entry.type === 'document'
      ? { ...entry, attributes: { ...entry.attributes, [field]: attribute as never } }
      : entry,
  )
}

describe('the Studio schema and the zod schemas', () => {
  test('agree on every field, its optionality and its allowed values', () => {
    expect(compareAll(extracted)).toEqual([])
  })

  test('a field added to the Studio type only is named as missing from zod', () => {
    const studio = withTalkField('undeclaredField', {
      type: 'objectAttribute',
      value: { type: 'string' },
      optional: true,
    })
    expect(compareAll(studio)).toEqual([
      'talk.undeclaredField: in the Studio schema but not in the zod schema: add it to packages/schema or remove it from studio/schemaTypes.',
    ])
  })

  test('a field added to zod only is named as missing from the Studio', () => {
    const problems = compareAll(extracted, {
      ...DOCUMENT_SCHEMAS,
      talk: TalkSchema.extend({ undeclaredField: z.string().optional() }),
    })
    expect(problems).toEqual([
      'talk.undeclaredField: in the zod schema but not in the Studio schema: add it to studio/schemaTypes or remove it from packages/schema.',
    ])
  })

  test('a field whose optionality differs is named with both sides', () => {
    const problems = compareAll(extracted, {
      ...DOCUMENT_SCHEMAS,
      talk: TalkSchema.extend({ tags: TalkSchema.shape.tags.unwrap() }),
    })
    expect(problems).toEqual(['talk.tags: optional in the Studio but required in zod: make both the same.'])
  })

  test('a format offered in the Studio but unknown to zod is named', () => {
    const talk = extracted.find((entry) => entry.name === 'talk')
    if (!talk || talk.type !== 'document') throw new Error('schema.json has no talk document')
    const format = talk.attributes.format!
    const values = format.value.type === 'union' ? format.value.of : []
    const studio = withTalkField('format', {
      ...format,
      value: { type: 'union', of: [...values, { type: 'string', value: 'pas-un-format' }] },
    })
    expect(compareAll(studio)).toEqual([
      'talk.format: value(s) pas-un-format offered in the Studio but not accepted by zod.',
    ])
  })

  test('nested fields are compared too, with their full path', () => {
    const problems = compareAll(extracted, {
      ...DOCUMENT_SCHEMAS,
      talk: TalkSchema.extend({ links: TalkSchema.shape.links.unwrap().omit({ video: true }).optional() }),
    })
    expect(problems).toEqual([
      'talk.links.video: in the Studio schema but not in the zod schema: add it to packages/schema or remove it from studio/schemaTypes.',
    ])
  })

  test('a field named like an intended difference is still reported on another type', () => {
    const studio = withTalkField('media', { type: 'objectAttribute', value: { type: 'unknown' }, optional: true })
    expect(compareAll(studio)).toEqual([
      'talk.media: in the Studio schema but not in the zod schema: add it to packages/schema or remove it from studio/schemaTypes.',
    ])
  })

  test('an optionality difference on a text field outside a span is reported', () => {
    const studio = withTalkField('text', { type: 'objectAttribute', value: { type: 'string' }, optional: true })
    const problems = compareAll(studio, { ...DOCUMENT_SCHEMAS, talk: TalkSchema.extend({ text: z.string() }) })
    expect(problems).toEqual(['talk.text: optional in the Studio but required in zod: make both the same.'])
  })
})
