import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { create, type Font } from 'fontkit'

// Latin holds French (accents, œ, « », ’, …); Latin Extended holds the other Latin letters a
// speaker's name may carry (ł, ş, ő, ā…), and neither holds the other's: a letter missing from
// the first file of a weight is taken from the second.
const SUBSETS = ['latin', 'latin-ext'] as const

/** The weights the card uses: regular for the speakers and the date, bold for the rest. */
export type CardWeight = 400 | 700
const WEIGHTS: readonly CardWeight[] = [400, 700]

/**
 * The font files the card is drawn with, as module paths of `@fontsource/noto-sans`. WOFF rather
 * than WOFF2: fontkit reads both, and WOFF inflates with zlib instead of a Brotli pass in JavaScript.
 */
export const CARD_FONT_FILES = WEIGHTS.flatMap((weight) =>
  SUBSETS.map((subset) => ({
    weight,
    subset,
    specifier: `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
  })),
)

/** One weight of Noto Sans: its files in the order a letter is looked for in them. */
export interface CardFace {
  weight: CardWeight
  fonts: readonly Font[]
}

let loaded: Map<CardWeight, CardFace> | undefined

/**
 * Noto Sans at `weight`, read once per process. The files are resolved as packages are, from this
 * module's own address, so that the same code finds them from vitest and from the page bundle
 * Astro builds.
 */
export function cardFace(weight: CardWeight): CardFace {
  loaded ??= readFaces()
  const face = loaded.get(weight)
  if (face === undefined) {
    throw new RangeError(`The social card has no font of weight ${weight}. Use one of ${WEIGHTS.join(', ')}.`)
  }
  return face
}

function readFaces(): Map<CardWeight, CardFace> {
  const require = createRequire(import.meta.url)
  const faces = new Map<CardWeight, CardFace>()
  for (const weight of WEIGHTS) {
    const fonts = CARD_FONT_FILES.filter((file) => file.weight === weight).map(({ specifier }) => {
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
      const font = create(readFileSync(path))
      if ('fonts' in font) {
        throw new Error(`The social card's font ${specifier} is a collection of fonts, not one font.`)
      }
      return font
    })
    faces.set(weight, { weight, fonts })
  }
  return faces
}
