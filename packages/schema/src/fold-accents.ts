// Letters that NFD does not split into a base letter plus an accent.
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss' }

/**
 * "Évènement à Noël" → "Evenement a Noel": accents removed, ligatures spelled out, case kept,
 * typographic apostrophes made plain, so that texts compare the way a reader would compare them.
 */
export function foldAccents(text: string): string {
  return text
    .replace(/[œŒæÆß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[’‘ʼ]/g, "'")
}
