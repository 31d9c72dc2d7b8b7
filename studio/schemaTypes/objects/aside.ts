import { InfoOutlineIcon } from '@sanity/icons/InfoOutline'
import { defineField, defineType } from 'sanity'
import { AsideSchema } from '@weshare/schema'
import { siteTextRule } from '../helpers/site-text-rule.ts'

/** A note that belongs to a talk but is not its recap: a replay, a related podcast, a caveat. */
export const aside = defineType({
  name: 'aside',
  title: 'Encadré',
  type: 'object',
  icon: InfoOutlineIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Intitulé',
      description: "Titre court de l'encadré, par exemple « À noter », « Replay » ou « Pour aller plus loin ».",
      type: 'string',
      validation: (rule) => [
        rule.required().error("Donnez un titre court à l'encadré."),
        rule.custom(siteTextRule(AsideSchema.shape.label)),
      ],
    }),
    defineField({
      name: 'body',
      title: 'Texte',
      description: "Contenu de l'encadré, en quelques phrases.",
      type: 'simpleBlockContent',
      validation: (rule) => rule.required().error("Écrivez le texte de l'encadré."),
    }),
  ],
  preview: {
    select: { title: 'label' },
  },
})
