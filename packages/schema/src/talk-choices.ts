import { z } from 'zod'
import { TALK_FORMATS, TalkFormatSchema } from './talk-format.ts'

/** A value an editor can pick, and the label readers see for it. */
export interface Choice {
  readonly value: string
  readonly label: string
}

/** A talk field whose value an editor picks from a list. */
export interface ChoiceField {
  /** Its name in the dataset; also the URL parameter and the Pagefind filter of its search facet. */
  readonly name: string
  /** Its title in the Studio, before its value on the talk page and above its search facet. */
  readonly title: string
  /** One French sentence: the Studio's description of the field. */
  readonly description: string
  /** The values an editor can pick, in the order the Studio, the talk page and the facet offer them. */
  readonly choices: readonly [Choice, ...Choice[]]
  /** The Studio's message when the field is left empty; a field without one is optional. */
  readonly required?: string
  /** What zod accepts: exactly the values of `choices` (see choiceSchema()). */
  readonly schema: z.ZodType<string>
}

type Values<C extends readonly Choice[]> = C[number]['value']

/** The zod enum of a list of choices, whose error names the field and the values it accepts. */
export function choiceSchema<const C extends readonly [Choice, ...Choice[]]>(title: string, choices: C) {
  const values = choices.map((choice) => choice.value) as unknown as readonly [Values<C>, ...Values<C>[]]
  return z.enum(values, {
    error: (issue) =>
      `"${String(issue.input)}" ne fait pas partie des choix de « ${title} » ; choisissez parmi ${values.join(', ')}.`,
  })
}

/**
 * The talk fields editors pick from a list. Each entry is the one definition of its field: the
 * Studio's talk form (studio/schemaTypes/helpers/choice-field.ts), the zod schemas of a talk and of
 * the talks query's rows (talk.ts, results/talk-entry.ts), the facts of the talk page and the
 * search facets and filters of the site (apps/web/src/lib/search-facets.ts) all derive from it.
 * The order is the order of the Studio form, of the page's facts and of the facet panel.
 */
export const TALK_CHOICE_FIELDS = [
  {
    name: 'format',
    title: 'Format',
    description: 'Format du talk, qui décide de sa rubrique dans le récap.',
    choices: TALK_FORMATS,
    required: 'Choisissez le format du talk.',
    schema: TalkFormatSchema,
  },
] as const satisfies readonly ChoiceField[]

export type TalkChoiceField = (typeof TALK_CHOICE_FIELDS)[number]
export type TalkChoiceName = TalkChoiceField['name']

type IsRequired<F> = F extends { required: string } ? true : false

/** The zod shape of the choice fields of a stored talk: a required field must have a value. */
export type TalkChoiceShape = {
  [F in TalkChoiceField as F['name']]: IsRequired<F> extends true ? F['schema'] : z.ZodOptional<F['schema']>
}

const fields: readonly ChoiceField[] = TALK_CHOICE_FIELDS

export function talkChoiceShape(): TalkChoiceShape {
  return Object.fromEntries(
    fields.map((field) => [field.name, field.required ? field.schema : field.schema.optional()]),
  ) as TalkChoiceShape
}

/** A choice field of a talk, with the value the talk has for it. */
export interface TalkChoice {
  field: TalkChoiceField
  choice: Choice
}

/** What a talk has picked, field by field in the order of TALK_CHOICE_FIELDS; fields without a value are left out. */
export function talkChoices(talk: { readonly [Name in TalkChoiceName]?: string | null }): TalkChoice[] {
  return TALK_CHOICE_FIELDS.flatMap((field) => {
    const value = talk[field.name]
    if (value === undefined || value === null) return []
    const choice = (field.choices as readonly Choice[]).find((candidate) => candidate.value === value)
    if (!choice) {
      const known = field.choices.map((candidate) => candidate.value).join(', ')
      throw new Error(
        `The talk field "${field.name}" has the value "${value}", which is not one of ${known}: parse the talk with its zod schema before reading its choices.`,
      )
    }
    return [{ field, choice }]
  })
}
