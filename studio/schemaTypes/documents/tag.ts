import { TagIcon } from '@sanity/icons/Tag'
import { TagSchema } from '@weshare/schema'
import { defineField, defineType } from 'sanity'
import { previousSlugsField } from '../helpers/previous-slugs-field.ts'
import { siteTextRule } from '../helpers/site-text-rule.ts'
import { slugField } from '../helpers/slug-field.ts'

/** A tag that talks touch (Kubernetes, SRE, Kafka…). */
export const tag = defineType({
  name: 'tag',
  title: 'Sujet',
  type: 'document',
  icon: TagIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Titre',
      description: 'Nom du sujet, par exemple « Kubernetes » ou « Observabilité ».',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Saisissez le nom du sujet.'),
        rule.custom(siteTextRule(TagSchema.shape.title)),
      ],
    }),
    slugField('title'),
    previousSlugsField(),
    defineField({
      name: 'description',
      title: 'Description',
      description: 'Ce que couvre le sujet, en une phrase.',
      type: 'text',
      rows: 2,
      validation: (rule) => rule.custom(siteTextRule(TagSchema.shape.description)),
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'description' },
  },
})
