import { BlockContentIcon } from '@sanity/icons/BlockContent'
import { ImageIcon } from '@sanity/icons/Image'
import { defineArrayMember, defineType } from 'sanity'
import { altField } from '../helpers/alt-field.ts'
import { linkAnnotation } from '../helpers/link-annotation.ts'

/** Rich text of a talk recap: paragraphs, h2/h3, lists, links, inline code, images and code blocks. */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Texte enrichi',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Paragraphe', value: 'normal' },
        { title: 'Intertitre', value: 'h2' },
        { title: 'Sous-intertitre', value: 'h3' },
      ],
      lists: [
        { title: 'Liste à puces', value: 'bullet' },
        { title: 'Liste numérotée', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Gras', value: 'strong' },
          { title: 'Italique', value: 'em' },
          { title: 'Code', value: 'code' },
        ],
        annotations: [linkAnnotation],
      },
    }),
    defineArrayMember({
      type: 'image',
      title: 'Image',
      icon: ImageIcon,
      options: { hotspot: true },
      fields: [altField()],
    }),
    defineArrayMember({ type: 'codeBlock' }),
  ],
})
