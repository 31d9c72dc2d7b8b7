import { createHash } from 'node:crypto'
import type { SocialCard } from './card.ts'

/**
 * The version of the card's design. Raise it with any change to how a card looks (layout,
 * colours, fonts, the image format): every card's digest changes with it, so a build draws the
 * cards again instead of reusing the files cached under the former digests.
 */
export const SOCIAL_CARD_RENDERER_VERSION = 1

/**
 * A stable hex digest of everything the card draws and of the renderer version: the name under
 * which a rendered card is cached. The fields are hashed in a fixed order, so two objects with the
 * same values have the same digest whatever the order of their keys. 16 hex digits (64 bits): at
 * 10,000 cards the chance that two share a digest is about 3 in a trillion.
 */
export function socialCardDigest(card: SocialCard): string {
  const drawn = [SOCIAL_CARD_RENDERER_VERSION, card.title, card.kind, card.speakers, card.date, card.siteName]
  return createHash('sha256').update(JSON.stringify(drawn)).digest('hex').slice(0, 16)
}
