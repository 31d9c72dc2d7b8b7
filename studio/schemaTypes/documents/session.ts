import { CalendarIcon } from '@sanity/icons/Calendar'
import { countLabel, formatDates, isIsoDate, SEO_DESCRIPTION_MAX, SessionSchema, TALK_WORDS } from '@weshare/schema'
import { defineArrayMember, defineField, defineType, type PreviewValue } from 'sanity'
import { altField } from '../helpers/alt-field.ts'
import { previousSlugsField } from '../helpers/previous-slugs-field.ts'
import { slugField } from '../helpers/slug-field.ts'
import { siteTextRule } from '../helpers/site-text-rule.ts'

/** One session of the blog: the recap of one or more WeShare days. */
export const session = defineType({
  name: 'session',
  title: 'Édition',
  type: 'document',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Titre',
      description: "Titre de l'édition, tel qu'il apparaît en tête de page.",
      type: 'string',
      validation: (rule) => [
        rule.required().error("Saisissez le titre de l'édition."),
        rule.custom(siteTextRule(SessionSchema.shape.title)),
      ],
    }),
    slugField('title'),
    previousSlugsField(),
    defineField({
      name: 'dates',
      title: 'Dates',
      description: 'Jours de WeShare que cette édition raconte.',
      type: 'array',
      of: [defineArrayMember({ type: 'date', options: { dateFormat: 'D MMMM YYYY' } })],
      validation: (rule) => [
        rule.required().min(1).error('Ajoutez au moins une date de WeShare.'),
        rule.unique().error('Cette date figure déjà dans la liste.'),
      ],
    }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      description: "Quelques phrases d'accroche en tête de l'édition.",
      type: 'simpleBlockContent',
      validation: (rule) => rule.required().error("Écrivez l'introduction de l'édition."),
    }),
    defineField({
      name: 'talks',
      title: 'Talks',
      description: "Talks de l'édition, dans l'ordre du récap ; un talk créé depuis ce champ y est ajouté.",
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'talk' }] })],
      validation: (rule) => [
        rule.required().min(1).error("Ajoutez au moins un talk à l'édition."),
        rule.unique().error("Ce talk figure déjà dans l'édition : retirez le doublon."),
      ],
    }),
    defineField({
      name: 'cover',
      title: 'Image de couverture',
      description: "Image affichée en tête de l'édition et dans les aperçus de lien.",
      type: 'image',
      options: { hotspot: true },
      fields: [altField()],
    }),
    defineField({
      name: 'seoDescription',
      title: 'Description pour les moteurs de recherche',
      description: `Résumé de l'édition en une ou deux phrases, ${SEO_DESCRIPTION_MAX} caractères au plus.`,
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule
          .max(SEO_DESCRIPTION_MAX)
          .warning(`Au-delà de ${SEO_DESCRIPTION_MAX} caractères, les moteurs de recherche coupent la description.`),
        rule.custom(siteTextRule(SessionSchema.shape.seoDescription)),
      ],
    }),
  ],
  orderings: [
    {
      title: 'Date, la plus récente en premier',
      name: 'firstDateDesc',
      by: [{ field: 'dates[0]', direction: 'desc' }],
    },
  ],
  preview: {
    select: { title: 'title', dates: 'dates', talks: 'talks', media: 'cover' },
    prepare({
      title,
      dates,
      talks,
      media,
    }: {
      title?: string
      dates?: string[]
      talks?: unknown[]
      media?: PreviewValue['media']
    }) {
      // A draft may hold a date still being typed: only whole dates are shown.
      const when = formatDates((dates ?? []).filter(isIsoDate))
      return {
        title: title || 'Édition sans titre',
        subtitle: [
          when || 'Dates à préciser',
          talks?.length ? countLabel(talks.length, TALK_WORDS) : 'aucun talk',
        ].join(' · '),
        media,
      }
    },
  },
})
