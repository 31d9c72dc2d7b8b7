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
/** Canvases whose PNG is written, to draw the next cards on. */
const spare: Canvas[] = []

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
 * metrics, each glyph drawn once per size and quarter pixel and then copied, and the deflate runs
 * on libuv's thread pool.
 *
 * Measured over 500 different cards after 300 others (a 2-core machine shared with other work,
 * load average 5 to 8; main thread from process.threadCpuUsage(), the whole process from
 * process.cpuUsage()): 0.5 to 0.75 ms of main-thread CPU a card (layout 0.09, drawing 0.25–0.29,
 * the rest deflate's calls and garbage collection), 1.3 to 1.65 ms of CPU in all, 1.3 to 5 ms of
 * wall time one at a time, 29.6 KiB a card. satori with sharp took 32 ms of CPU a card. The first
 * card of a process also reads the fonts and draws its glyphs: 250 ms of main-thread CPU.
 */
export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
  assertSocialCard(card)
  // A canvas is drawn on again once its PNG is written: a new one (740 KB) costs more than the text.
  const canvas = spare.pop() ?? copyCanvas(sharedParts(CARD_PALETTE))
  try {
    drawCard(canvas, cardLayout(card))
    return await encodePng(canvas, CARD_PALETTE.rgb)
  } finally {
    spare.push(canvas)
  }
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
