import { maskOf, type Mask } from './canvas.ts'
import { PHASES, toStep } from './glyph-cache.ts'
import { RAMP_STEPS } from './palette.ts'
import { rasterise, type OutlineCommand } from './rasterise.ts'

/** How far from a corner a Bézier's handles sit to draw a quarter circle (4/3 · (√2 − 1)). */
const QUARTER_CIRCLE = 0.5523

const pills = new Map<number, Mask>()

/** A pill `width` × `height` pixels, its ends half circles; kept by width (the kinds are few). */
export function pillMask(width: number, height: number): Mask {
  const key = Math.round(width * PHASES) * 1024 + height
  let mask = pills.get(key)
  if (mask === undefined) {
    const r = height / 2
    const k = r * QUARTER_CIRCLE
    const commands: OutlineCommand[] = [
      { command: 'moveTo', args: [r, 0] },
      { command: 'lineTo', args: [width - r, 0] },
      { command: 'bezierCurveTo', args: [width - r + k, 0, width, r - k, width, r] },
      { command: 'bezierCurveTo', args: [width, r + k, width - r + k, height, width - r, height] },
      { command: 'lineTo', args: [r, height] },
      { command: 'bezierCurveTo', args: [r - k, height, 0, r + k, 0, r] },
      { command: 'bezierCurveTo', args: [0, r - k, r - k, 0, r, 0] },
      { command: 'closePath', args: [] },
    ]
    const pixels = Math.ceil(width)
    const coverage = rasterise(commands, { scaleX: 1, scaleY: 1, dx: 0, dy: 0 }, pixels, height)
    mask = maskOf(coverage, pixels, height, toStep, RAMP_STEPS)
    pills.set(key, mask)
  }
  return mask
}
