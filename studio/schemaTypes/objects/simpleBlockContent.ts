import { TextIcon } from '@sanity/icons/Text'
import { defineArrayMember, defineType } from 'sanity'
import { linkAnnotation } from '../helpers/link-annotation.ts'

/** Short rich text (edition intro, aside): paragraphs, bullet lists, links and inline code. */
export const simpleBlockContent = defineType({
  name: 'simpleBlockContent',
  title: 'Texte court',
  type: 'array',
  icon: TextIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [{ title: 'Paragraphe', value: 'normal' }],
      lists: [{ title: 'Liste à puces', value: 'bullet' }],
      marks: {
        decorators: [
          { title: 'Gras', value: 'strong' },
          { title: 'Italique', value: 'em' },
          { title: 'Code', value: 'code' },
        ],
        annotations: [linkAnnotation],
      },
    }),
  ],
})
