import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { findPackageJSON } from 'node:module'
import type { SocialCard } from './card.ts'

/**
 * The version of the card's design. Raise it with any change to how a card looks (layout,
 * colours, fonts, the image format): every card's digest changes with it, so a build draws the
 * cards again instead of reusing the files cached under the former digests.
 */
export const SOCIAL_CARD_RENDERER_VERSION = 2

let renderer: string | undefined

/**
 * The design version with the versions of what draws it: an upgrade of fontkit (its shaper gives
 * the kerning) or of the font files moves letters by a pixel here and there, and the cached cards
 * with it. The rest of the drawing is this folder's code, which the design version stands for.
 */
export function socialCardRenderer(): string {
  if (renderer === undefined) {
    // fontkit's `exports` do not list its package.json: the file is found from its entry point.
    const versionOf = (name: string) => {
      const file = findPackageJSON(name, import.meta.url)
      if (file === undefined) throw new Error(`The package ${name} cannot be found from ${import.meta.url}.`)
      return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    }
    renderer = [
      `v${SOCIAL_CARD_RENDERER_VERSION}`,
      `fontkit ${versionOf('fontkit')}`,
      `@fontsource/noto-sans ${versionOf('@fontsource/noto-sans')}`,
    ].join(', ')
  }
  return renderer
}

/**
 * A stable hex digest of everything the card draws and of its renderer: the name under which a
 * rendered card is cached. The fields are hashed in a fixed order, so two objects with the same
 * values have the same digest whatever the order of their keys. 16 hex digits (64 bits): at
 * 10,000 cards the chance that two share a digest is about 3 in a trillion.
 */
export function socialCardDigest(card: SocialCard): string {
  const drawn = [socialCardRenderer(), card.title, card.kind, card.speakers, card.date, card.siteName]
  return createHash('sha256').update(JSON.stringify(drawn)).digest('hex').slice(0, 16)
}
