import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'
import { ExternalLinkSchema } from '@weshare/schema'
import { siteTextRule } from '../helpers/site-text-rule.ts'

/** A labelled link to a speaker's page elsewhere (site, profile, repository). */
export const externalLink = defineType({
  name: 'externalLink',
  title: 'Lien externe',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Libellé',
      description: 'Texte du lien, par exemple « Site », « GitHub » ou « LinkedIn ».',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Indiquez le texte du lien, par exemple « GitHub ».'),
        rule.custom(siteTextRule(ExternalLinkSchema.shape.label)),
      ],
    }),
    defineField({
      name: 'url',
      title: 'Adresse',
      description: 'Adresse complète de la page, commençant par https://.',
      type: 'url',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['http', 'https'] })
          .error('Saisissez une adresse complète commençant par https://.'),
    }),
  ],
  preview: {
    select: { title: 'label', subtitle: 'url' },
  },
})
