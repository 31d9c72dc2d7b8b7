import { z } from 'zod'
import { ImageWithAltSchema, ResolvedImageSchema } from './image.ts'
import { LIMITS } from './limits.ts'
import { RECAP_TEXT, SHORT_TEXT, type RichTextMembers } from './rich-text-members.ts'
import { text } from './text.ts'

/** A link annotation. The site decides which schemes render as links (see the web app's safe-url). */
export const LinkMarkSchema = z.object({
  _type: z.literal('link' satisfies RichTextMembers['annotations'][number]),
  _key: z.string(),
  href: z.string().optional(),
})

export const SpanSchema = z.object({
  _type: z.literal('span'),
  _key: z.string(),
  text: text({ max: LIMITS.spanLength, multiline: true, keepSpaces: true }),
  marks: z
    .array(z.string())
    .max(LIMITS.spanMarks, {
      error: (issue) =>
        `ce passage porte ${(issue.input as unknown[]).length} styles ou liens pour ${LIMITS.spanMarks} au plus : le fichier de données est abîmé ; retirez puis remettez sa mise en forme dans le Studio.`,
    })
    .optional(),
})

/**
 * A text block allowing `members` (rich-text-members.ts). A span's mark that is neither one of its
 * decorators nor a link of the block is not an error: the page leaves it out, and
 * rich-text-warnings.ts reports it to the editor.
 */
function blockSchema<const M extends RichTextMembers>(members: M) {
  return z.object({
    _type: z.literal('block'),
    _key: z.string(),
    children: z.array(SpanSchema).max(LIMITS.blockSpans, {
      error: (issue) =>
        `le paragraphe compte ${(issue.input as unknown[]).length.toLocaleString('fr-FR')} morceaux de texte pour ${LIMITS.blockSpans.toLocaleString('fr-FR')} au plus (un par changement de style) : coupez-le en plusieurs paragraphes, ou collez-le sans sa mise en forme dans le Studio.`,
    }),
    markDefs: z.array(LinkMarkSchema).optional(),
    style: z.enum(members.styles).optional(),
    listItem: z.enum(members.lists).optional(),
    level: z
      .number()
      .int()
      .min(1, {
        error: (issue) =>
          `niveau de liste ${String(issue.input)} impossible (1 pour une liste simple, 2 pour une sous-liste…) : recréez la liste avec l'éditeur du Studio.`,
      })
      .max(LIMITS.listLevel, {
        error: (issue) =>
          `niveau de liste ${String(issue.input)} : une liste s'imbrique sur ${LIMITS.listLevel} niveaux au plus ; remontez ce point d'un ou plusieurs crans avec l'éditeur du Studio.`,
      })
      .optional(),
  })
}

/** A paragraph, heading or list item of a talk recap. */
export const BlockSchema = blockSchema(RECAP_TEXT)

/** A paragraph or list item of a short text (session intro, aside). */
export const SimpleBlockSchema = blockSchema(SHORT_TEXT)

/** Languages a code block can declare; "text" shows the code as is. */
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

export type CodeLanguage = (typeof CODE_LANGUAGES)[number]['value']

/** A code sample inside a recap. */
export const CodeBlockSchema = z.object({
  _type: z.literal('codeBlock'),
  _key: z.string(),
  /** Language of the code. */
  language: z
    .enum(CODE_LANGUAGES.map((language) => language.value) as unknown as [CodeLanguage, ...CodeLanguage[]])
    .optional(),
  /** The code, shown as written. */
  code: text({
    max: LIMITS.codeLength,
    multiline: true,
    keepSpaces: true,
    empty: 'le bloc de code est vide : collez le code ou supprimez le bloc.',
  }),
})

/** An image placed inside a recap. */
export const InlineImageSchema = ImageWithAltSchema.extend({
  _key: z.string(),
  /** A sentence shown under the image, for what the image alone does not say. */
  caption: text({ max: LIMITS.captionLength }).optional(),
})

const tooManyBlocks = (issue: { input?: unknown }) =>
  `le texte compte ${Array.isArray(issue.input) ? issue.input.length : 'trop de'} blocs pour ${LIMITS.blocks} au plus : découpez-le ou supprimez des paragraphes vides dans le Studio.`

/** Rich text of a talk recap: paragraphs, h2/h3, lists, links, inline code, code blocks, images. */
export const BlockContentSchema = z
  .array(z.discriminatedUnion('_type', [BlockSchema, CodeBlockSchema, InlineImageSchema]))
  .max(LIMITS.blocks, { error: tooManyBlocks })

/** An image of a recap as the talks query returns it: its file resolved, its caption if any. */
export const ResolvedInlineImageSchema = ResolvedImageSchema.extend({ _key: z.string() })

/** A recap as the talks query returns it: images without a file left out, the others resolved. */
export const ResolvedBlockContentSchema = z
  .array(z.discriminatedUnion('_type', [BlockSchema, CodeBlockSchema, ResolvedInlineImageSchema]))
  .max(LIMITS.blocks, { error: tooManyBlocks })

/** Short rich text: paragraphs, bullet lists, links and inline code. */
export const SimpleBlockContentSchema = z.array(SimpleBlockSchema).max(LIMITS.blocks, { error: tooManyBlocks })

export type Span = z.output<typeof SpanSchema>
export type LinkMark = z.output<typeof LinkMarkSchema>
export type Block = z.output<typeof BlockSchema>
export type CodeBlock = z.output<typeof CodeBlockSchema>
export type InlineImage = z.output<typeof InlineImageSchema>
export type ResolvedInlineImage = z.output<typeof ResolvedInlineImageSchema>
export type ResolvedBlockContent = z.output<typeof ResolvedBlockContentSchema>
export type BlockContent = z.output<typeof BlockContentSchema>
export type SimpleBlockContent = z.output<typeof SimpleBlockContentSchema>

/** Plain text of rich text, paragraphs separated by blank lines (excerpts, word counts, meta tags). */
export function toPlainText(
  blocks: ReadonlyArray<{ _type: string; children?: ReadonlyArray<{ text?: string }> }>,
): string {
  return blocks
    .filter((block) => block._type === 'block')
    .map((block) => (block.children ?? []).map((child) => child.text ?? '').join(''))
    .join('\n\n')
}
