import { TextIcon } from '@sanity/icons/Text'
import { SHORT_TEXT } from '@weshare/schema'
import { defineType } from 'sanity'
import { textBlock } from '../helpers/text-block.ts'

/** Short rich text (session intro, aside): paragraphs, bullet lists, links and inline code. */
export const simpleBlockContent = defineType({
  name: 'simpleBlockContent',
  title: 'Texte court',
  type: 'array',
  icon: TextIcon,
  of: [textBlock(SHORT_TEXT)],
})
