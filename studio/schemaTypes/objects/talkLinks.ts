import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'

const HTTP_ONLY = { scheme: ['http', 'https'] }
const HTTP_MESSAGE = 'Saisissez une adresse complète commençant par https:// (ou http://).'

/** Where to find more about a talk: slides, recording, code. Every link is optional. */
export const talkLinks = defineType({
  name: 'talkLinks',
  title: 'Liens du talk',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'slides',
      title: 'Slides',
      description: 'Adresse des slides du talk.',
      type: 'url',
      validation: (rule) => rule.uri(HTTP_ONLY).error(HTTP_MESSAGE),
    }),
    defineField({
      name: 'video',
      title: 'Vidéo',
      description: "Adresse de l'enregistrement du talk.",
      type: 'url',
      validation: (rule) => rule.uri(HTTP_ONLY).error(HTTP_MESSAGE),
    }),
    defineField({
      name: 'repository',
      title: 'Dépôt de code',
      description: 'Adresse du dépôt de code montré pendant le talk.',
      type: 'url',
      validation: (rule) => rule.uri(HTTP_ONLY).error(HTTP_MESSAGE),
    }),
  ],
  preview: {
    select: { slides: 'slides', video: 'video', repository: 'repository' },
    prepare({ slides, video, repository }: { slides?: string; video?: string; repository?: string }) {
      const present = [slides && 'Slides', video && 'Vidéo', repository && 'Dépôt de code'].filter(Boolean)
      return { title: present.length > 0 ? present.join(' · ') : 'Aucun lien' }
    },
  },
})
