import { describe, expect, test } from 'vitest'
import { createPalette, RAMP_STEPS } from './palette.ts'

const rgbOf = (rgb: Uint8Array, index: number) => [...rgb.subarray(index * 3, index * 3 + 3)]

describe('createPalette', () => {
  const palette = createPalette(
    ['#ffffff'],
    [
      ['#000000', '#ffffff'],
      ['#ff0000', '#000000'],
    ],
  )

  test('runs a ramp from the colour beneath to the colour, evenly', () => {
    const ramp = palette.ramp('#000000', '#ffffff')
    expect(rgbOf(palette.rgb, ramp.index[0]!)).toEqual([255, 255, 255])
    expect(rgbOf(palette.rgb, ramp.index[RAMP_STEPS]!)).toEqual([0, 0, 0])
    expect(rgbOf(palette.rgb, ramp.index[RAMP_STEPS / 2]!)).toEqual([128, 128, 128])
    expect(ramp.step[ramp.index[7]!]).toBe(7)
  })

  test('gives a colour one index, whether plain, beneath or the end of a ramp', () => {
    expect(palette.index('#000000')).toBe(palette.ramp('#ff0000', '#000000').index[0])
    expect(palette.index('#ffffff')).toBe(0)
    expect(palette.rgb.length).toBe(3 * (3 + 2 * (RAMP_STEPS - 1)))
  })

  test('refuses more colours than a PNG palette holds, and a pair it was not made with', () => {
    const pairs = Array.from({ length: 6 }, (_, index): [string, string] => [`#00000${index}`, '#ffffff'])
    expect(() => createPalette([], pairs)).toThrow(/more than a PNG palette's 256/)
    expect(() => palette.ramp('#ffffff', '#000000')).toThrow(/no ramp of #ffffff over #000000/)
  })
})
