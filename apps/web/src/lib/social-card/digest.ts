import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import sharp from 'sharp'
import type { SocialCard } from './card.ts'

/**
 * The version of the card's design. Raise it with any change to how a card looks (layout,
 * colours, fonts, the image format): every card's digest changes with it, so a build draws the
 * cards again instead of reusing the files cached under the former digests.
 */
export const SOCIAL_CARD_RENDERER_VERSION = 1

let renderer: string | undefined

/**
 * The design version with the versions of what draws it: an upgrade of satori, of the font files
 * or of libvips changes letters by a pixel here and there, and the cached cards with it.
 */
export function socialCardRenderer(): string {
  if (renderer === undefined) {
    const require = createRequire(import.meta.url)
    const versionOf = (name: string) => (require(`${name}/package.json`) as { version: string }).version
    renderer = [
      `v${SOCIAL_CARD_RENDERER_VERSION}`,
      `satori ${versionOf('satori')}`,
      `@fontsource/noto-sans ${versionOf('@fontsource/noto-sans')}`,
      `sharp ${sharp.versions.sharp}`,
      `libvips ${sharp.versions.vips}`,
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
