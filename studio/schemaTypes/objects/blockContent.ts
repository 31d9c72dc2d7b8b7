import { BlockContentIcon } from '@sanity/icons/BlockContent'
import { InlineImageSchema, RECAP_TEXT } from '@weshare/schema'
import { ImageIcon } from '@sanity/icons/Image'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { altField } from '../helpers/alt-field.ts'
import { siteTextRule } from '../helpers/site-text-rule.ts'
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
      fields: [
        altField(),
        defineField({
          name: 'caption',
          title: 'Légende',
          description: "Une phrase affichée sous l'image, pour ce que l'image seule ne dit pas.",
          type: 'string',
          validation: (rule) => rule.custom(siteTextRule(InlineImageSchema.shape.caption)),
        }),
      ],
    }),
    defineArrayMember({ type: 'codeBlock' }),
  ],
})
