import { CodeIcon } from '@sanity/icons/Code'
import { defineField, defineType } from 'sanity'

/** Languages the site highlights; "text" shows the code as is. */
export const CODE_LANGUAGES = [
  { title: 'Bash', value: 'bash' },
  { title: 'HCL (Terraform)', value: 'hcl' },
  { title: 'YAML', value: 'yaml' },
  { title: 'TypeScript', value: 'typescript' },
  { title: 'JavaScript', value: 'javascript' },
  { title: 'Go', value: 'go' },
  { title: 'JSON', value: 'json' },
  { title: 'Texte brut', value: 'text' },
] as const

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
      validation: (rule) => rule.required().error('Collez le code ou supprimez le bloc.'),
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
