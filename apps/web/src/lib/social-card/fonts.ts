import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Font } from 'satori'

// Latin holds French (accents, œ, « », ’, …); Latin Extended holds the other Latin letters a
// speaker's name may carry (ł, ş, ő, ā…), and neither holds the other's. Each subset gets a family
// name of its own: satori keeps one font per family and weight, so with one name for both, « ł »
// came out as a box. A glyph missing from the first family is then taken from the second.
const SUBSETS = [
  { subset: 'latin', family: 'Noto Sans' },
  { subset: 'latin-ext', family: 'Noto Sans Latin Extended' },
] as const
const WEIGHTS = [400, 700] as const

/** The CSS `font-family` of every text of the card. */
export const CARD_FONT_FAMILY = SUBSETS.map(({ family }) => `'${family}'`).join(', ')

/**
 * The font files the card is drawn with, as module paths of `@fontsource/noto-sans`. WOFF rather
 * than WOFF2: satori reads both, and WOFF inflates without a Brotli pass.
 */
export const CARD_FONT_FILES = SUBSETS.flatMap(({ subset, family }) =>
  WEIGHTS.map((weight) => ({
    family,
    weight,
    specifier: `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
  })),
)

let loaded: Font[] | undefined

/**
 * Noto Sans, read once per process. The files are resolved as packages are, from this module's own
 * address, so that the same code finds them from vitest and from the page bundle Astro builds.
 */
export function cardFonts(): Font[] {
  loaded ??= readFonts()
  return loaded
}

function readFonts(): Font[] {
  const require = createRequire(import.meta.url)
  return CARD_FONT_FILES.map(({ family, weight, specifier }) => {
    let path: string
    try {
      path = require.resolve(specifier)
    } catch (error) {
      throw new Error(
        `The social card's font ${specifier} cannot be found from ${import.meta.url}. ` +
          `Install the site's dependencies (npm install) so that @fontsource/noto-sans is present.`,
        { cause: error },
      )
    }
    return { name: family, data: readFileSync(path), weight, style: 'normal' }
  })
}
