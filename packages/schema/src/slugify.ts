import { foldAccents } from './fold-accents.ts'
import { LIMITS } from './limits.ts'

/** Longest slug generated, the same limit as the Studio's slug generator. */
export const SLUG_MAX_LENGTH = LIMITS.slugLength

/**
 * Turns a title into a slug the way the Studio's "Générer" button does in the Studio,
 * so that an imported talk keeps the address an editor would have given it: accents folded, lowercase,
 * every run of other characters replaced by one hyphen, cut after a whole word within
 * {@link SLUG_MAX_LENGTH} characters. The result matches `SLUG_PATTERN` or is empty.
 */
export function slugify(input: string): string {
  const folded = foldAccents(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (folded.length <= SLUG_MAX_LENGTH) return folded
  const cut = folded.slice(0, SLUG_MAX_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, SLUG_MAX_LENGTH)).replace(/-+$/, '')
}
