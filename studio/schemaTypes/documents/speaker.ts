import { UserIcon } from '@sanity/icons/User'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { altField } from '../helpers/alt-field.ts'
import { previousSlugsField } from '../helpers/previous-slugs-field.ts'
import { slugField } from '../helpers/slug-field.ts'
import { SpeakerSchema } from '@weshare/schema'
import { siteTextRule } from '../helpers/site-text-rule.ts'

const BIO_SOFT_MAX = 280

/** A person who gave at least one talk. */
export const speaker = defineType({
  name: 'speaker',
  title: 'Intervenant',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Nom',
      description: "Prénom et nom, tels qu'ils sont crédités sur les talks.",
      type: 'string',
      validation: (rule) => [
        rule.required().error("Saisissez le nom de l'intervenant."),
        rule.custom(siteTextRule(SpeakerSchema.shape.name)),
      ],
    }),
    slugField('name'),
    previousSlugsField(),
    defineField({
      name: 'bio',
      title: 'Bio',
      description: `Une ou deux phrases de présentation, ${BIO_SOFT_MAX} caractères au plus.`,
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule.max(BIO_SOFT_MAX).warning(`Une bio tient en deux phrases : celle-ci dépasse ${BIO_SOFT_MAX} caractères.`),
        rule.custom(siteTextRule(SpeakerSchema.shape.bio)),
      ],
    }),
    defineField({
      name: 'avatar',
      title: 'Photo',
      description: "Portrait de l'intervenant, recadré sur le visage.",
      type: 'image',
      options: { hotspot: true },
      fields: [altField()],
    }),
    defineField({
      name: 'links',
      title: 'Liens',
      description: "Pages de l'intervenant ailleurs : site, GitHub, LinkedIn.",
      type: 'array',
      of: [defineArrayMember({ type: 'externalLink' })],
    }),
  ],
  preview: {
    select: { title: 'name', media: 'avatar' },
  },
})
