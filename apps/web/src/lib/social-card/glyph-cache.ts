import type { Font } from 'fontkit'
import { maskOf, type Mask } from './canvas.ts'
import { RAMP_STEPS } from './palette.ts'
import { rasterise } from './rasterise.ts'

/**
 * Glyphs are drawn at a quarter of a pixel from where the text puts them: closer than that, the
 * spacing of letters looks even; each glyph has four masks at each size, one per quarter.
 */
export const PHASES = 4

/** A glyph's mask, and where its top-left pixel lies from the pen's whole pixel on the baseline. */
export interface GlyphMask extends Mask {
  left: number
  top: number
}

const EMPTY: GlyphMask = { ...maskOf(new Uint8Array(0), 0, 0, toStep, RAMP_STEPS), left: 0, top: 0 }

const cache = new WeakMap<Font, Map<number, Map<number, GlyphMask>>>()

/** The masks of `font` at `size` pixels, by glyph and quarter: kept for the process. */
export function glyphMasks(font: Font, size: number): Map<number, GlyphMask> {
  let sizes = cache.get(font)
  if (sizes === undefined) cache.set(font, (sizes = new Map()))
  let masks = sizes.get(size)
  if (masks === undefined) sizes.set(size, (masks = new Map()))
  return masks
}

/** The mask of `glyph` at `size` pixels, its pen `phase` quarters right of a whole pixel. */
export function glyphMask(font: Font, masks: Map<number, GlyphMask>, size: number, glyph: number, phase: number) {
  const key = glyph * PHASES + phase
  let mask = masks.get(key)
  if (mask === undefined) {
    mask = drawGlyph(font, size, glyph, phase)
    masks.set(key, mask)
  }
  return mask
}

function drawGlyph(font: Font, size: number, id: number, phase: number): GlyphMask {
  const glyph = font.getGlyph(id)
  const { commands } = glyph.path
  if (commands.length === 0) return EMPTY
  const scale = size / font.unitsPerEm
  const offset = phase / PHASES
  const box = glyph.path.cbox
  const left = Math.floor(offset + box.minX * scale)
  const top = Math.floor(-box.maxY * scale)
  const width = Math.ceil(offset + box.maxX * scale) - left
  const height = Math.ceil(-box.minY * scale) - top
  const coverage = rasterise(commands, { scaleX: scale, scaleY: -scale, dx: offset - left, dy: -top }, width, height)
  return { ...maskOf(coverage, width, height, toStep, RAMP_STEPS), left, top }
}

/** Coverage (0 to 255) as a ramp's step. */
export function toStep(coverage: number): number {
  return Math.round((coverage * RAMP_STEPS) / 255)
}
