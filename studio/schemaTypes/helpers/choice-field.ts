import type { ChoiceField } from '@weshare/schema'
import { defineField } from 'sanity'

/**
 * The Studio field of a choice field of @weshare/schema (TALK_CHOICE_FIELDS): its values as radio
 * buttons in the order of its list, required when the definition gives the message to show.
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
      layout: 'radio',
    },
    ...(required === undefined ? {} : { validation: (rule) => rule.required().error(required) }),
  })
}
