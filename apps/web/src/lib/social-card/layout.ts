import { countLabel } from '@weshare/schema/count-label'
import { formatList } from '@weshare/schema/list-format'
import { frenchSpacing } from '../french-typography.ts'
import type { SocialCard } from './card.ts'
import { cardFace, type CardWeight } from './fonts.ts'
import { breakLines } from './line-break.ts'
import { ellipsisFor, kernBetween, shapeText, widthOf, type ShapedChar } from './shaping.ts'

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630

/**
 * The light colours of the site (apps/web/src/styles/global.css): a shared link shows the card on
 * the sharing site's own background, where the page's dark scheme does not apply.
 */
export const CARD_COLOURS = {
  bg: '#fbfaf7',
  text: '#1f1d1a',
  muted: '#5a554d',
  accent: '#a2370f',
  badgeBg: '#f7e4d9',
  badgeText: '#7a2809',
  border: '#d6cfc2',
} as const

export type CardColour = (typeof CARD_COLOURS)[keyof typeof CARD_COLOURS]

/** Space kept empty on every side, and the height of the accent band drawn inside the top one. */
export const CARD_MARGIN = 64
export const CARD_ACCENT_BAND = 12

const INNER_WIDTH = CARD_WIDTH - 2 * CARD_MARGIN

/** The kind's badge: a pill around one line of bold text, and the space below it. */
const BADGE = { size: 30, lineHeight: 1.3, paddingX: 22, paddingY: 6, marginBottom: 28 } as const
const TITLE = { lines: 3, lineHeight: 1.15, letterSpacing: -0.01 } as const
const SPEAKERS = { size: 34, lineHeight: 1.3, lines: 2, marginTop: 24 } as const
/** The footer: the site's name and the date on one line at the bottom, under a separator. */
const FOOTER = { size: 30, lineHeight: 1.3, paddingTop: 20, dateMaxShare: 0.55, gap: 32 } as const

const FOOTER_LINE_TOP = CARD_HEIGHT - CARD_MARGIN - FOOTER.size * FOOTER.lineHeight
/** The separator above the footer: 2 pixels of the border colour across the inner width. */
export const CARD_SEPARATOR = {
  left: CARD_MARGIN,
  top: Math.round(FOOTER_LINE_TOP - FOOTER.paddingTop) - 2,
  width: INNER_WIDTH,
  height: 2,
} as const

/** The names the card spells out before counting the others: « A, B et 3 autres ». */
const NAMED_SPEAKERS = 3

/**
 * The speakers as the card credits them: all of them up to three (« A, B et C »), else the first
 * two and a count (« A, B et 4 autres »), so that the count is never « 1 autre ».
 */
export function speakersLine(speakers: readonly string[]): string {
  if (speakers.length <= NAMED_SPEAKERS) return formatList(speakers)
  const named = speakers.slice(0, NAMED_SPEAKERS - 1)
  return formatList([...named, countLabel(speakers.length - named.length, { one: 'autre', other: 'autres' })])
}

/**
 * The title's size: large for a short title, smaller as it lengthens, so that most titles fit in
 * three lines whole; a longer one is cut there with an ellipsis. Three lines at the largest size
 * still fit: 630 px less the margins (128), the kind (79), two lines of speakers (112) and the
 * footer (61) leave 250 px, and 3 × 72 × 1.15 is 248.
 */
export function titleFontSize(title: string): number {
  const length = [...title].length
  if (length <= 40) return 72
  if (length <= 80) return 62
  return 54
}

/** A glyph where the card draws it: its pen position on the line, in pixels from the card's left. */
export interface PlacedGlyph {
  /** The index of its font in the face's fonts (Latin, Latin Extended). */
  font: number
  glyph: number
  x: number
}

export interface TextLine {
  /** What the line says, its ellipsis included. */
  text: string
  /** The baseline, in whole pixels from the card's top. */
  baseline: number
  glyphs: PlacedGlyph[]
}

/** A text of the card: one font, size and colour, over one background, in lines. */
export interface CardText {
  role: 'kind' | 'title' | 'speakers' | 'siteName' | 'date'
  weight: CardWeight
  size: number
  colour: CardColour
  /** The colour beneath, which its antialiased edges blend into. */
  under: CardColour
  lines: TextLine[]
}

/** What a card draws beyond the parts every card shares (background, band, separator). */
export interface CardLayout {
  /** The kind's pill: its left and top in whole pixels, its width to the fraction of a pixel. */
  badge: { left: number; top: number; width: number; height: number } | null
  texts: CardText[]
}

interface TextBox {
  role: CardText['role']
  text: string
  weight: CardWeight
  size: number
  colour: CardColour
  under: CardColour
  /** The top of the first line box, and each line's height, in pixels. */
  top: number
  lineHeight: number
  left: number
  width: number
  lines: number
  wrap: boolean
  letterSpacing?: number
  /** Lines start at `left`, or end at `left + width`. */
  align?: 'left' | 'right'
}

/**
 * Where each text of `card` goes, as CSS would set it in the boxes the card is made of: the kind
 * in its badge, the title below it (3 lines at most), the speakers (2 lines), and the footer at
 * the bottom. Each text is cut with an ellipsis at its last line: only the space above the footer
 * gives way, and the largest of each (layout.test.ts) still ends above the separator.
 */
export function cardLayout(card: SocialCard): CardLayout {
  const texts: CardText[] = []
  let top = CARD_MARGIN
  let badge: CardLayout['badge'] = null
  if (card.kind.trim() !== '') {
    const lineHeight = BADGE.size * BADGE.lineHeight
    const kind = setText({
      role: 'kind',
      text: card.kind,
      weight: 700,
      size: BADGE.size,
      colour: CARD_COLOURS.badgeText,
      under: CARD_COLOURS.badgeBg,
      top: top + BADGE.paddingY,
      lineHeight,
      left: CARD_MARGIN + BADGE.paddingX,
      width: INNER_WIDTH - 2 * BADGE.paddingX,
      lines: 1,
      wrap: false,
    })
    const height = lineHeight + 2 * BADGE.paddingY
    badge = { left: CARD_MARGIN, top, width: kind.width + 2 * BADGE.paddingX, height }
    texts.push(kind.text)
    top += height + BADGE.marginBottom
  }

  const size = titleFontSize(card.title)
  // As on the pages: a line of the title never starts with « : » or « ? » nor ends with « «.
  const title = setText({
    role: 'title',
    text: frenchSpacing(card.title),
    weight: 700,
    size,
    colour: CARD_COLOURS.text,
    under: CARD_COLOURS.bg,
    top,
    lineHeight: size * TITLE.lineHeight,
    letterSpacing: size * TITLE.letterSpacing,
    left: CARD_MARGIN,
    width: INNER_WIDTH,
    lines: TITLE.lines,
    wrap: true,
  })
  texts.push(title.text)
  top += title.height

  if (card.speakers.length > 0) {
    const speakers = setText({
      role: 'speakers',
      text: speakersLine(card.speakers),
      weight: 400,
      size: SPEAKERS.size,
      colour: CARD_COLOURS.muted,
      under: CARD_COLOURS.bg,
      top: top + SPEAKERS.marginTop,
      lineHeight: SPEAKERS.size * SPEAKERS.lineHeight,
      left: CARD_MARGIN,
      width: INNER_WIDTH,
      lines: SPEAKERS.lines,
      wrap: true,
    })
    texts.push(speakers.text)
  }

  const footer = {
    top: FOOTER_LINE_TOP,
    lineHeight: FOOTER.size * FOOTER.lineHeight,
    size: FOOTER.size,
    under: CARD_COLOURS.bg,
    lines: 1,
    wrap: false,
  }
  let siteWidth = INNER_WIDTH
  if (card.date.trim() !== '') {
    const date = setText({
      ...footer,
      role: 'date',
      text: card.date,
      weight: 400,
      colour: CARD_COLOURS.muted,
      left: CARD_MARGIN + INNER_WIDTH * (1 - FOOTER.dateMaxShare),
      width: INNER_WIDTH * FOOTER.dateMaxShare,
      align: 'right',
    })
    siteWidth -= date.width + FOOTER.gap
    texts.push(date.text)
  }
  const siteName = setText({
    ...footer,
    role: 'siteName',
    text: card.siteName,
    weight: 700,
    colour: CARD_COLOURS.accent,
    left: CARD_MARGIN,
    width: siteWidth,
  })
  texts.push(siteName.text)
  return { badge, texts }
}

/** `box.text` broken into lines and placed; with the width of its widest line and the height of its lines. */
function setText(box: TextBox): { text: CardText; width: number; height: number } {
  const face = cardFace(box.weight)
  const shaped = shapeText(box.text, face, box.size, box.letterSpacing ?? 0)
  const ellipsis = ellipsisFor(shaped)
  const breaks = breakLines(shaped.chars, {
    width: box.width,
    lines: box.lines,
    wrap: box.wrap,
    ellipsisWidth: ellipsis.advance,
  })
  // The baseline within a line box, as CSS puts it: the font's ascent and descent centred in it.
  const font = face.fonts[0]
  const ascent = (font.ascent * box.size) / font.unitsPerEm
  const descent = (-font.descent * box.size) / font.unitsPerEm
  const baselineInBox = (box.lineHeight - ascent - descent) / 2 + ascent
  let widest = 0
  const lines = breaks.map((line, index): TextLine => {
    const chars: ShapedChar[] = shaped.chars.slice(line.start, line.end)
    const last = chars.length - 1
    // The kerning of a line's last character is with what follows it on the line, if anything.
    chars[last] = { ...chars[last], kern: line.ellipsis ? kernBetween(face, box.size, chars[last], ellipsis) : 0 }
    if (line.ellipsis) chars.push(ellipsis)
    const width = widthOf(chars)
    widest = Math.max(widest, width)
    let x = box.align === 'right' ? box.left + box.width - width : box.left
    const glyphs = chars.map((char) => {
      const placed = { font: char.font, glyph: char.glyph, x }
      x += char.advance + char.kern
      return placed
    })
    return {
      text: chars.map((char) => char.character).join(''),
      baseline: Math.floor(box.top + index * box.lineHeight + baselineInBox),
      glyphs,
    }
  })
  const { role, weight, size, colour, under } = box
  return {
    text: { role, weight, size, colour, under, lines },
    width: widest,
    height: lines.length * box.lineHeight,
  }
}
