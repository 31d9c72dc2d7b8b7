import type { Font } from 'fontkit'
import type { CardFace } from './fonts.ts'

/** One character of a text, as the card draws it. */
export interface ShapedChar {
  /** The character, as the text holds it after collapsing white space. */
  character: string
  /** The index, in its face's fonts, of the font the glyph is taken from. */
  font: number
  glyph: number
  /** The advance in pixels, letter spacing included. */
  advance: number
  /** The kerning with the next character, in pixels: 0 at the end or across fonts. */
  kern: number
  /** A space, where a line may break. No-break spaces are not. */
  space: boolean
  /** A hyphen or a dash, after which a line may break. */
  breakAfter: boolean
}

/** A text set in one face at one size, character by character. */
export interface ShapedText {
  face: CardFace
  size: number
  letterSpacing: number
  chars: ShapedChar[]
}

const SPACE = 0x20
const ELLIPSIS = 0x2026
/** Hyphen-minus, hyphen, en dash and em dash: a line may break after them (Unicode's line breaking, UAX #14). */
const BREAKS_AFTER: ReadonlySet<number> = new Set([0x2d, 0x2010, 0x2013, 0x2014])
/**
 * Characters neither font has, set as one of the same role: the narrow no-break space French puts
 * inside « » and before « : », which Noto Sans lacks, is set as its thin space.
 */
const STAND_INS: ReadonlyMap<number, number> = new Map([[0x202f, 0x2009]])

interface GlyphMetrics {
  id: number
  advance: number
}

/** What is read once from each font: the glyph and advance of each character, kerning per pair. */
interface FontMetrics {
  glyphs: Map<number, GlyphMetrics | null>
  codePoints: Map<number, number>
  kerning: Map<number, number>
}

const metricsOf = new WeakMap<Font, FontMetrics>()

function metrics(font: Font): FontMetrics {
  let found = metricsOf.get(font)
  if (found === undefined) {
    found = { glyphs: new Map(), codePoints: new Map(), kerning: new Map() }
    metricsOf.set(font, found)
  }
  return found
}

function glyphIn(font: Font, codePoint: number): GlyphMetrics | null {
  const known = metrics(font)
  let glyph = known.glyphs.get(codePoint)
  if (glyph === undefined) {
    glyph = null
    if (font.hasGlyphForCodePoint(codePoint)) {
      const { id, advanceWidth } = font.glyphForCodePoint(codePoint)
      glyph = { id, advance: advanceWidth }
      known.codePoints.set(id, codePoint)
    }
    known.glyphs.set(codePoint, glyph)
  }
  return glyph
}

/**
 * The kerning of a pair, in font units, from the font's GPOS table as fontkit's shaper applies it
 * (Noto Sans keeps its kerning in extension lookups, which simpler readers skip). Shaping the pair
 * takes tens of microseconds, so each pair is shaped once per process: the pairs of a language are
 * a few thousand, and the cards of a site soon find them all known.
 */
function kerningOf(font: Font, left: number, right: number): number {
  const known = metrics(font)
  const key = left * 0x10000 + right
  let kern = known.kerning.get(key)
  if (kern === undefined) {
    const pair = String.fromCodePoint(known.codePoints.get(left) ?? SPACE, known.codePoints.get(right) ?? SPACE)
    // Kerning alone: a ligature would turn the pair into one glyph and leave no pair to measure.
    const run = font.layout(pair, { liga: false, clig: false, calt: false, rlig: false, dlig: false })
    const [first, second] = run.glyphs
    kern =
      run.glyphs.length === 2 && first?.id === left && second?.id === right
        ? run.positions[0].xAdvance - first.advanceWidth
        : 0
    known.kerning.set(key, kern)
  }
  return kern
}

/** The glyph of `codePoint` in the first of the face's fonts that has it, else the first font's box. */
function findGlyph(face: CardFace, codePoint: number): { font: number; glyph: GlyphMetrics } {
  for (const candidate of [codePoint, STAND_INS.get(codePoint)]) {
    if (candidate === undefined) continue
    for (let font = 0; font < face.fonts.length; font++) {
      const glyph = glyphIn(face.fonts[font], candidate)
      if (glyph !== null) return { font, glyph }
    }
  }
  // As a browser does with no font for a character: the missing-glyph box, so that it shows.
  return { font: 0, glyph: { id: 0, advance: face.fonts[0].getGlyph(0).advanceWidth } }
}

/**
 * `text` set in `face` at `size` pixels: white space collapsed as CSS does, composed characters
 * (NFC, so that an « é » typed as e and an accent is the font's « é »), each character's advance
 * from the font, `letterSpacing` pixels added after each, and the font's kerning between
 * neighbours of the same font.
 */
export function shapeText(text: string, face: CardFace, size: number, letterSpacing = 0): ShapedText {
  const chars: ShapedChar[] = []
  const collapsed = text
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim()
    .normalize('NFC')
  for (const character of collapsed) {
    const codePoint = character.codePointAt(0)!
    const { font, glyph } = findGlyph(face, codePoint)
    const advance = (glyph.advance * size) / face.fonts[font].unitsPerEm + letterSpacing
    chars.push({
      character,
      font,
      glyph: glyph.id,
      advance,
      kern: 0,
      space: codePoint === SPACE,
      breakAfter: BREAKS_AFTER.has(codePoint),
    })
  }
  for (let index = 0; index + 1 < chars.length; index++) {
    const char = chars[index]
    const next = chars[index + 1]
    char.kern = kernBetween(face, size, char, next)
    // « 2023-2024 » stays whole: no break between a hyphen-minus and a digit (UAX #14, HY × NU).
    if (char.character === '-' && /\d/.test(next.character)) char.breakAfter = false
  }
  return { face, size, letterSpacing, chars }
}

/** The kerning between two characters of a face at `size`, in pixels. */
export function kernBetween(face: CardFace, size: number, left: ShapedChar, right: ShapedChar): number {
  if (left.font !== right.font) return 0
  const font = face.fonts[left.font]
  return (kerningOf(font, left.glyph, right.glyph) * size) / font.unitsPerEm
}

/** The ellipsis that ends a text cut short, set as `text` is. */
export function ellipsisFor(text: ShapedText): ShapedChar {
  return shapeText(String.fromCodePoint(ELLIPSIS), text.face, text.size, text.letterSpacing).chars[0]
}

/** The width of `chars` set side by side, the kerning between them included. */
export function widthOf(chars: readonly ShapedChar[]): number {
  let width = 0
  for (let index = 0; index < chars.length; index++) {
    width += chars[index].advance + (index + 1 < chars.length ? chars[index].kern : 0)
  }
  return width
}
