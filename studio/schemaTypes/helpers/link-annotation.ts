import { LinkIcon } from '@sanity/icons/Link'
import { ANNOTATIONS } from '@weshare/schema'
import { defineArrayMember, defineField } from 'sanity'

/** The `link` annotation of rich text. The site reads `markDefs[]` of `_type: 'link'` and their `href`. */
export const linkAnnotation = defineArrayMember({
  name: 'link',
  title: ANNOTATIONS.link,
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Adresse',
      description: 'Adresse web, chemin du site (/talks/…), mailto: ou tel:.',
      type: 'url',
      validation: (rule) =>
        rule
          .uri({ scheme: ['http', 'https', 'mailto', 'tel'], allowRelative: true })
          .error('Saisissez une adresse web, un chemin du site, un mailto: ou un tel:.'),
    }),
  ],
})
