import { copyCanvas, createCanvas, drawMask, fillRect, resetCanvas, type Canvas } from './canvas.ts'
import { assertSocialCard, type SocialCard } from './card.ts'
import { cardFace } from './fonts.ts'
import { glyphMask, glyphMasks, PHASES } from './glyph-cache.ts'
import {
  CARD_ACCENT_BAND,
  CARD_COLOURS,
  CARD_HEIGHT,
  CARD_SEPARATOR,
  CARD_WIDTH,
  cardLayout,
  type CardLayout,
  type CardText,
} from './layout.ts'
import { createPalette, type Palette } from './palette.ts'
import { pillMask } from './pill.ts'
import { encodePng } from './png.ts'

/** Every colour of the card, and the pairs drawn one over the other with antialiased edges. */
const CARD_PALETTE = createPalette(
  [CARD_COLOURS.bg, CARD_COLOURS.border],
  [
    [CARD_COLOURS.text, CARD_COLOURS.bg],
    [CARD_COLOURS.muted, CARD_COLOURS.bg],
    [CARD_COLOURS.accent, CARD_COLOURS.bg],
    [CARD_COLOURS.badgeText, CARD_COLOURS.badgeBg],
    [CARD_COLOURS.badgeBg, CARD_COLOURS.bg],
  ],
)

let shared: Canvas | undefined
/** The canvas cards are drawn on, one after the other: a new one (740 KB) costs more than the text. */
let canvas: Canvas | undefined

/** What every card draws the same: the background, the accent band and the footer's separator. */
function sharedParts(palette: Palette): Canvas {
  if (shared === undefined) {
    shared = createCanvas(CARD_WIDTH, CARD_HEIGHT, palette.index(CARD_COLOURS.bg))
    fillRect(shared, 0, 0, CARD_WIDTH, CARD_ACCENT_BAND, palette.index(CARD_COLOURS.accent))
    const { left, top, width, height } = CARD_SEPARATOR
    fillRect(shared, left, top, width, height, palette.index(CARD_COLOURS.border))
  }
  return shared
}

/**
 * The 1200×630 image of `card`, as an 8-bit palette PNG. Text is laid out from Noto Sans's own
 * metrics, each glyph drawn once per size and quarter pixel and then copied.
 *
 * Measured over 3,000 different cards in one thread (2-core machine): 1.5–1.9 ms of CPU a card,
 * 57 % of it zlib's deflate and 14 % copying glyphs, 29 KiB a card. satori with sharp took 32 ms
 * of CPU a card. The first card of a thread also reads the fonts and draws its glyphs: 250 ms.
 */
export function renderSocialCard(card: SocialCard): Buffer {
  assertSocialCard(card)
  canvas ??= copyCanvas(sharedParts(CARD_PALETTE))
  drawCard(canvas, cardLayout(card))
  return encodePng(canvas, CARD_PALETTE.rgb)
}

/** Draws the card on `canvas`: the shared parts, then the badge and each text. */
function drawCard(canvas: Canvas, layout: CardLayout): void {
  resetCanvas(canvas, sharedParts(CARD_PALETTE))
  if (layout.badge !== null) {
    const { left, top, width, height } = layout.badge
    drawMask(canvas, pillMask(width, height), left, top, CARD_PALETTE.ramp(CARD_COLOURS.badgeBg, CARD_COLOURS.bg))
  }
  for (const text of layout.texts) drawText(canvas, text)
}

function drawText(canvas: Canvas, text: CardText): void {
  const ramp = CARD_PALETTE.ramp(text.colour, text.under)
  const { fonts } = cardFace(text.weight)
  const masks = fonts.map((font) => glyphMasks(font, text.size))
  for (const line of text.lines) {
    for (const { font, glyph, x } of line.glyphs) {
      let whole = Math.floor(x)
      let phase = Math.round((x - whole) * PHASES)
      if (phase === PHASES) {
        whole += 1
        phase = 0
      }
      const mask = glyphMask(fonts[font], masks[font], text.size, glyph, phase)
      if (mask.width > 0) drawMask(canvas, mask, whole + mask.left, line.baseline + mask.top, ramp)
    }
  }
}
