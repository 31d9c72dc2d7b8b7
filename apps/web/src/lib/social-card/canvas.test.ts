import { describe, expect, test } from 'vitest'
import { CANVAS_STRIDE, createCanvas, drawMask, maskOf } from './canvas.ts'
import { createPalette, RAMP_STEPS } from './palette.ts'

const palette = createPalette(['#ffffff'], [['#000000', '#ffffff']])
const ramp = palette.ramp('#000000', '#ffffff')
const identity = (value: number) => value

/** A 3×2 mask: a full run of two, then half and a quarter coverage. */
const mask = maskOf(Uint8Array.of(50, 50, 0, 25, 0, 12), 3, 2, identity, RAMP_STEPS)

function stepsAt(pixels: Uint8Array, stride: number, width: number, height: number): number[][] {
  return Array.from({ length: height }, (_, y) =>
    Array.from({ length: width }, (_, x) => ramp.step[pixels[y * stride + 1 + x]!]!),
  )
}

describe('drawMask', () => {
  test('draws a mask in the ramp’s colours where it is placed', () => {
    const canvas = createCanvas(CANVAS_STRIDE - 1, 3, palette.index('#ffffff'))
    drawMask(canvas, mask, 1, 1, ramp)
    expect(stepsAt(canvas.pixels, canvas.stride, 5, 3)).toEqual([
      [0, 0, 0, 0, 0],
      [0, 50, 50, 0, 0],
      [0, 25, 0, 12, 0],
    ])
  })

  test('keeps the larger coverage where two masks overlap', () => {
    const canvas = createCanvas(CANVAS_STRIDE - 1, 2, palette.index('#ffffff'))
    drawMask(canvas, mask, 0, 0, ramp)
    drawMask(canvas, maskOf(Uint8Array.of(10, 30), 1, 2, identity, RAMP_STEPS), 0, 0, ramp)
    expect(stepsAt(canvas.pixels, canvas.stride, 3, 2)).toEqual([
      [50, 50, 0],
      [30, 0, 12],
    ])
  })

  test('draws only the part of a mask that lies on the canvas', () => {
    const canvas = createCanvas(2, 2, palette.index('#ffffff'))
    drawMask(canvas, mask, -1, 1, ramp)
    expect(stepsAt(canvas.pixels, canvas.stride, 2, 2)).toEqual([
      [0, 0],
      [50, 0],
    ])
    // Every row keeps its filter byte: 0, no filter.
    expect([canvas.pixels[0], canvas.pixels[canvas.stride]]).toEqual([0, 0])
  })
})
