import { toPlainText } from '@weshare/schema'

/** Portable Text as the Studio hands it over: blocks and other items (code, images). */
export type RichText = ReadonlyArray<{ _type: string; children?: ReadonlyArray<{ text?: string }> }>

// A word holds at least one letter or digit: "—", "·" and ":" on their own are not words.
const WORD = /[\p{L}\p{N}]/u

/** Number of words in a text; "l'équipe" and "Tools-in-Action" count as one word each. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => WORD.test(token)).length
}

/** Number of words of prose in rich text; code blocks and image captions are not counted. */
export function countRichTextWords(blocks: RichText | undefined): number {
  return blocks ? countWords(toPlainText(blocks)) : 0
}
