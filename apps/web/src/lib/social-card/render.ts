import satori from 'satori'
import sharp from 'sharp'
import { assertSocialCard, type SocialCard } from './card.ts'
import { cardFonts } from './fonts.ts'
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardNode } from './layout.ts'

/** A tree drawn as SVG in the card's fonts, text as paths (satori's default): rasterising needs no font. */
export function drawSvg(tree: CardNode, width: number, height: number): Promise<string> {
  // satori's element type is React's; the tree has its shape, built without React.
  return satori(tree as unknown as Parameters<typeof satori>[0], { width, height, fonts: cardFonts() })
}

/** The card as SVG. */
export function socialCardSvg(card: SocialCard): Promise<string> {
  assertSocialCard(card)
  return drawSvg(cardTree(card), CARD_WIDTH, CARD_HEIGHT)
}

/** The 1200×630 image of `card`, as PNG. */
export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
  const svg = await socialCardSvg(card)
  return sharp(Buffer.from(svg)).png().toBuffer()
}
