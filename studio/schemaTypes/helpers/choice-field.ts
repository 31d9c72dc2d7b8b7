import type { ChoiceField } from '@weshare/schema'
import { defineField, type StringRule } from 'sanity'

/**
 * The Studio field of a choice field of @weshare/schema (TALK_CHOICE_FIELDS): its values in the
 * order of its list, required when the definition gives the message to show. A required field is a
 * set of radio buttons; an optional one a drop-down list, whose empty first entry clears the value
 * (Sanity's radio buttons have no way back to "no value").
 */
export function choiceField(field: ChoiceField) {
  const { required } = field
  return defineField({
    name: field.name,
    title: field.title,
    description: field.description,
    type: 'string',
    options: {
      list: field.choices.map((choice) => ({ title: choice.label, value: choice.value })),
      layout: required === undefined ? 'dropdown' : 'radio',
    },
    ...(required === undefined ? {} : { validation: (rule: StringRule) => rule.required().error(required) }),
  })
}
