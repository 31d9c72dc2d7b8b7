import { BlockContentIcon } from '@sanity/icons/BlockContent'
import { RECAP_TEXT } from '@weshare/schema'
import { ImageIcon } from '@sanity/icons/Image'
import { defineArrayMember, defineType } from 'sanity'
import { altField } from '../helpers/alt-field.ts'
import { textBlock } from '../helpers/text-block.ts'

/** Rich text of a talk recap: paragraphs, h2/h3, lists, links, inline code, images and code blocks. */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Texte enrichi',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    textBlock(RECAP_TEXT),
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
