import { CogIcon } from '@sanity/icons/Cog'
import { SITE_LANGUAGES, SiteSettingsSchema } from '@weshare/schema'
import { defineField, defineType } from 'sanity'
import { siteTextRule } from '../helpers/site-text-rule.ts'

/** Site-wide settings: one document with the fixed id `siteSettings` (see sanity.config.ts). */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Réglages du site',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Titre du site',
      description: "Nom du site, affiché dans l'en-tête et le titre des pages.",
      type: 'string',
      validation: (rule) => [
        rule.required().error('Saisissez le titre du site.'),
        rule.custom(siteTextRule(SiteSettingsSchema.shape.title)),
      ],
    }),
    defineField({
      name: 'description',
      title: 'Description',
      description: 'Une phrase qui présente le site aux moteurs de recherche et aux flux.',
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule.required().error('Écrivez la description du site.'),
        rule.custom(siteTextRule(SiteSettingsSchema.shape.description)),
      ],
    }),
    defineField({
      name: 'language',
      title: 'Langue',
      description:
        "Langue dans laquelle les récaps sont écrits : les pages la déclarent (lecteurs d'écran, moteurs de recherche, recherche du site) et les dates sont écrites dans cette langue. Les libellés du site restent en français.",
      type: 'string',
      options: {
        list: SITE_LANGUAGES.map((language) => ({ title: language.label, value: language.value })),
        layout: 'radio',
      },
      initialValue: 'fr',
      validation: (rule) => rule.required().error('Choisissez la langue du site.'),
    }),
    defineField({
      name: 'baseUrl',
      title: 'Adresse du site',
      description:
        'Adresse publique du site : « Voir sur le site », les liens canoniques, le flux RSS et le plan du site. Un déploiement de test la remplace par sa variable SITE_URL.',
      type: 'url',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['https', 'http'] })
          .error("Saisissez l'adresse du site, par exemple https://weshare.example."),
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'baseUrl' },
  },
})
