/** Longest slug the Studio generates; long titles are cut at a word boundary below this. */
export const SLUG_MAX_LENGTH = 96

// Letters that NFD does not split into a base letter plus an accent.
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' }

/**
 * Turns a title into a slug: accents folded ("Évènement" → "evenement"), lowercase, every run of
 * other characters replaced by one hyphen, at most {@link SLUG_MAX_LENGTH} characters.
 * The result matches the site's slug pattern (`^[a-z0-9]+(?:-[a-z0-9]+)*$`) or is empty.
 */
export function slugify(input: string): string {
  const folded = input
    .replace(/[œŒæÆß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (folded.length <= SLUG_MAX_LENGTH) return folded
  const cut = folded.slice(0, SLUG_MAX_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  // Cut at the last whole word when there is one; a single 97-letter word is cut mid-word.
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, SLUG_MAX_LENGTH)).replace(/-+$/, '')
}
