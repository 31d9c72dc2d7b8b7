/*
 * What rich text may contain, written once as data: the Studio builds its block types from these
 * lists (studio/schemaTypes/helpers/text-block.ts) and zod its block schemas (portable-text.ts), so
 * a style or decorator added here is offered to editors and accepted by the site together.
 * Each entry maps the stored value to the title editors see in the Studio's toolbar.
 */

/** Paragraph styles. */
export const TEXT_STYLES = { normal: 'Paragraphe', h2: 'Intertitre', h3: 'Sous-intertitre' } as const

/** List kinds. */
export const LIST_TYPES = { bullet: 'Liste à puces', number: 'Liste numérotée' } as const

/** Inline styles an editor can apply to text. */
export const DECORATORS = { strong: 'Gras', em: 'Italique', code: 'Code' } as const

/** Annotations: marks that carry data of their own, stored in the block's `markDefs`. */
export const ANNOTATIONS = { link: 'Lien' } as const

export type TextStyle = keyof typeof TEXT_STYLES
export type ListType = keyof typeof LIST_TYPES
export type Decorator = keyof typeof DECORATORS
export type Annotation = keyof typeof ANNOTATIONS

type NonEmpty<T> = readonly [T, ...T[]]

/** The members one kind of rich text allows. */
export interface RichTextMembers {
  styles: NonEmpty<TextStyle>
  lists: NonEmpty<ListType>
  decorators: NonEmpty<Decorator>
  annotations: NonEmpty<Annotation>
}

/** A talk recap: paragraphs, h2/h3, bullet and numbered lists, bold, italic, inline code, links. */
export const RECAP_TEXT = {
  styles: ['normal', 'h2', 'h3'],
  lists: ['bullet', 'number'],
  decorators: ['strong', 'em', 'code'],
  annotations: ['link'],
} as const satisfies RichTextMembers

/** Short text (session intro, aside): paragraphs, bullet lists, bold, italic, inline code, links. */
export const SHORT_TEXT = {
  styles: ['normal'],
  lists: ['bullet'],
  decorators: ['strong', 'em', 'code'],
  annotations: ['link'],
} as const satisfies RichTextMembers
