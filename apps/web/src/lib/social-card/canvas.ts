import type { Ramp } from './palette.ts'

/**
 * An image of palette indices, one byte a pixel, laid out as PNG's scanlines: each row starts with
 * its filter type, 0 (none, what PNG advises for palette images), so that the bytes go to deflate
 * as they are.
 */
export interface Canvas {
  width: number
  height: number
  /** Bytes from one row to the next: the filter type and `width` pixels. */
  stride: number
  pixels: Uint8Array
}

/** A rectangle of coverage steps (0 to RAMP_STEPS), row by row. */
export interface Mask {
  width: number
  height: number
  steps: Uint8Array
}

export function createCanvas(width: number, height: number, background: number): Canvas {
  const stride = width + 1
  const pixels = new Uint8Array(stride * height).fill(background)
  for (let row = 0; row < height; row++) pixels[row * stride] = 0
  return { width, height, stride, pixels }
}

/** A copy of `canvas` to draw on: the parts every card shares are drawn once, then copied. */
export function copyCanvas(canvas: Canvas): Canvas {
  return { ...canvas, pixels: canvas.pixels.slice() }
}

/** Fills whole pixels from (left, top), `width` × `height`, with the colour `index`. */
export function fillRect(canvas: Canvas, left: number, top: number, width: number, height: number, index: number) {
  const x0 = Math.max(0, left)
  const x1 = Math.min(canvas.width, left + width)
  for (let row = Math.max(0, top); row < Math.min(canvas.height, top + height); row++) {
    const start = row * canvas.stride + 1
    canvas.pixels.fill(index, start + x0, start + x1)
  }
}

/**
 * Draws `mask` at (left, top) in the colours of `ramp`. Where masks overlap (kerned letters, a
 * letter on the edge of another), a pixel keeps the larger coverage; over a colour that is not
 * the ramp's, the mask's colour wins.
 */
export function drawMask(canvas: Canvas, mask: Mask, left: number, top: number, ramp: Ramp): void {
  const { pixels, stride } = canvas
  const { index, step } = ramp
  const x0 = Math.max(0, -left)
  const x1 = Math.min(mask.width, canvas.width - left)
  const y0 = Math.max(0, -top)
  const y1 = Math.min(mask.height, canvas.height - top)
  for (let y = y0; y < y1; y++) {
    const from = y * mask.width
    const to = (top + y) * stride + 1 + left
    for (let x = x0; x < x1; x++) {
      const covered = mask.steps[from + x]
      if (covered === 0) continue
      const at = to + x
      if (covered > step[pixels[at]]) pixels[at] = index[covered]
    }
  }
}
