import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { TALK_CHOICE_FIELDS, choiceSchema, talkChoices } from './talk-choices.ts'
import { TalkSchema } from './talk.ts'

// No plausible value of any list: each word says it is none.
const NOT_A_CHOICE = 'pas-un-choix'

describe('the fields of a talk picked from a list', () => {
  test.each(TALK_CHOICE_FIELDS.map((field) => [field.name, field] as const))(
    '%s accepts exactly the values of its list',
    (_name, field) => {
      for (const { value } of field.choices) expect(field.schema.parse(value)).toBe(value)
      expect(field.schema.safeParse(NOT_A_CHOICE).success).toBe(false)
      expect(z.toJSONSchema(field.schema).enum).toEqual(field.choices.map((choice) => choice.value))
    },
  )

  test.each(TALK_CHOICE_FIELDS.map((field) => [field.name, field] as const))(
    '%s has distinct values and labels, and a French title and description',
    (_name, field) => {
      const values = field.choices.map((choice) => choice.value)
      const labels = field.choices.map((choice) => choice.label)
      expect(new Set(values).size).toBe(values.length)
      expect(new Set(labels).size).toBe(labels.length)
      for (const value of values) expect(value).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(field.title).toMatch(/\S/)
      expect(field.description).toMatch(/^[A-ZÀ-Ý].*[.]$/)
    },
  )

  test('are fields of the talk schema, required exactly when the Studio requires them', () => {
    for (const field of TALK_CHOICE_FIELDS) {
      const schema = TalkSchema.shape[field.name]
      expect(schema, field.name).toBeDefined()
      expect(schema.safeParse(undefined).success, field.name).toBe(!('required' in field))
    }
  })

  test('names the field and the values it accepts when a value is not one of them', () => {
    const schema = choiceSchema('Salle', [
      { value: 'amphi', label: 'Amphithéâtre' },
      { value: 'atelier', label: 'Salle d’atelier' },
    ])
    expect(schema.safeParse(NOT_A_CHOICE).error?.issues[0]?.message).toBe(
      `"${NOT_A_CHOICE}" ne fait pas partie des choix de « Salle » ; choisissez parmi amphi, atelier.`,
    )
  })
})

describe('talkChoices', () => {
  test('gives the label of each value a talk has, in the order of the fields, leaving out fields without one', () => {
    const [first] = TALK_CHOICE_FIELDS
    const choice = first.choices[1]
    const picked = talkChoices({ [first.name]: choice.value })
    expect(picked.map(({ field, choice }) => [field.name, choice.label])).toEqual([[first.name, choice.label]])
    expect(talkChoices({})).toEqual([])
  })

  test('refuses a value that the schema would have rejected, naming the field and the known values', () => {
    const [first] = TALK_CHOICE_FIELDS
    expect(() => talkChoices({ [first.name]: NOT_A_CHOICE })).toThrow(
      new RegExp(`"${first.name}" has the value "${NOT_A_CHOICE}", which is not one of `),
    )
  })
})
