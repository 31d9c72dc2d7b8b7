import { CodeIcon } from '@sanity/icons/Code'
import { CODE_LANGUAGES, CodeBlockSchema } from '@weshare/schema'
import { defineField, defineType } from 'sanity'
import { siteTextRule } from '../helpers/site-text-rule.ts'

export const codeBlock = defineType({
  name: 'codeBlock',
  title: 'Bloc de code',
  type: 'object',
  icon: CodeIcon,
  fields: [
    defineField({
      name: 'language',
      title: 'Langage',
      description: 'Langage du code, pour la coloration syntaxique sur le site.',
      type: 'string',
      options: { list: CODE_LANGUAGES.map(({ title, value }) => ({ title, value })) },
    }),
    defineField({
      name: 'code',
      title: 'Code',
      description: "Le code, tel qu'il doit apparaître.",
      type: 'text',
      rows: 8,
      validation: (rule) => [
        rule.required().error('Collez le code ou supprimez le bloc.'),
        rule.custom(siteTextRule(CodeBlockSchema.shape.code)),
      ],
    }),
  ],
  preview: {
    select: { language: 'language', code: 'code' },
    prepare({ language, code }: { language?: string; code?: string }) {
      const firstLine = (code ?? '').split('\n').find((line) => line.trim() !== '') ?? ''
      const languageTitle = CODE_LANGUAGES.find((entry) => entry.value === language)?.title
      return { title: firstLine.trim() || 'Bloc de code vide', subtitle: languageTitle ?? 'Langage non précisé' }
    },
  },
})
