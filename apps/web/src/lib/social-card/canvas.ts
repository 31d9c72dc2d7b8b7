import { RAMP_STEPS, type Ramp } from './palette.ts'

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

/**
 * A mask of coverage steps (1 to RAMP_STEPS), kept as its covered pixels only: most of a glyph's
 * rectangle is empty, and drawing then skips it without reading it. The pixels a glyph covers
 * fully (two thirds of them, in runs along its stems) are kept as runs, which are drawn without
 * comparing coverage: none is higher.
 */
export interface Mask {
  width: number
  height: number
  /** The pixels covered in part: their column and row in the mask, their step. */
  edge: { xs: Uint16Array; ys: Uint16Array; steps: Uint8Array; offsets: Int32Array }
  /** The runs of pixels covered fully: where each starts, and its length. */
  solid: { xs: Uint16Array; ys: Uint16Array; lengths: Uint16Array; offsets: Int32Array }
}

/**
 * The stride of the canvases masks are made for (the card's width and a filter byte a row): each
 * pixel's offset from the mask's top-left on such a canvas is kept with it.
 */
export const CANVAS_STRIDE = 1201

/** The mask of `coverage` (row by row, `width` wide), each value turned into a step by `toStep`. */
export function maskOf(
  coverage: Uint8Array,
  width: number,
  height: number,
  toStep: (value: number) => number,
  full: number,
): Mask {
  const edge: number[][] = []
  const solid: number[][] = []
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const step = toStep(coverage[y * width + x])
      const run = solid.at(-1)
      if (step === full && run !== undefined && run[1] === y && run[0] + run[2] === x) run[2]++
      else if (step === full) solid.push([x, y, 1])
      else if (step > 0) edge.push([x, y, step])
    }
  }
  const offsets = (pixels: number[][]) => Int32Array.from(pixels, ([x, y]) => y * CANVAS_STRIDE + x)
  return {
    width,
    height,
    edge: {
      xs: Uint16Array.from(edge, ([x]) => x),
      ys: Uint16Array.from(edge, ([, y]) => y),
      steps: Uint8Array.from(edge, ([, , step]) => step),
      offsets: offsets(edge),
    },
    solid: {
      xs: Uint16Array.from(solid, ([x]) => x),
      ys: Uint16Array.from(solid, ([, y]) => y),
      lengths: Uint16Array.from(solid, ([, , length]) => length),
      offsets: offsets(solid),
    },
  }
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

/** Makes `canvas` a copy of `source`, of the same size, again. */
export function resetCanvas(canvas: Canvas, source: Canvas): void {
  canvas.pixels.set(source.pixels)
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
  const inside = left >= 0 && top >= 0 && left + mask.width <= canvas.width && top + mask.height <= canvas.height
  if (inside && canvas.stride === CANVAS_STRIDE) drawInside(canvas.pixels, mask, top * CANVAS_STRIDE + 1 + left, ramp)
  else drawClipped(canvas, mask, left, top, ramp)
}

/** The common case, a mask wholly on the canvas: its pixels' offsets hold as they are. */
function drawInside(pixels: Uint8Array, mask: Mask, origin: number, { index, step }: Ramp): void {
  const { steps, offsets } = mask.edge
  for (let pixel = 0; pixel < steps.length; pixel++) {
    const at = origin + offsets[pixel]
    const covered = steps[pixel]
    if (covered > step[pixels[at]]) pixels[at] = index[covered]
  }
  const full = index[RAMP_STEPS]
  const { lengths, offsets: starts } = mask.solid
  for (let run = 0; run < lengths.length; run++) {
    const start = origin + starts[run]
    const end = start + lengths[run]
    for (let at = start; at < end; at++) pixels[at] = full
  }
}

function drawClipped(canvas: Canvas, mask: Mask, left: number, top: number, { index, step }: Ramp): void {
  const { pixels } = canvas
  const put = (x: number, y: number, covered: number) => {
    if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) return
    const at = y * canvas.stride + 1 + x
    if (covered > step[pixels[at]]) pixels[at] = index[covered]
  }
  const { edge, solid } = mask
  for (let pixel = 0; pixel < edge.steps.length; pixel++)
    put(left + edge.xs[pixel], top + edge.ys[pixel], edge.steps[pixel])
  for (let run = 0; run < solid.lengths.length; run++) {
    for (let x = 0; x < solid.lengths[run]; x++) put(left + solid.xs[run] + x, top + solid.ys[run], RAMP_STEPS)
  }
}
