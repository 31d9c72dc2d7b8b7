import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { createCanvas, fillRect } from './canvas.ts'
import { encodePng } from './png.ts'

const PALETTE = Uint8Array.of(0xfb, 0xfa, 0xf7, 0xa2, 0x37, 0x0f, 0x1f, 0x1d, 0x1a)

describe('encodePng', () => {
  test('writes a palette PNG that an image library reads back pixel for pixel', async () => {
    const canvas = createCanvas(7, 5, 0)
    fillRect(canvas, 0, 0, 7, 1, 1)
    fillRect(canvas, 2, 2, 3, 2, 2)
    const png = encodePng(canvas, PALETTE)
    const metadata = await sharp(png).metadata()
    expect(metadata).toMatchObject({ format: 'png', width: 7, height: 5, isPalette: true, bitsPerSample: 8 })
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
    expect(info.channels).toBe(3)
    const at = (x: number, y: number) => [...data.subarray((y * 7 + x) * 3, (y * 7 + x) * 3 + 3)]
    expect(at(6, 0)).toEqual([0xa2, 0x37, 0x0f])
    expect(at(0, 1)).toEqual([0xfb, 0xfa, 0xf7])
    expect(at(3, 3)).toEqual([0x1f, 0x1d, 0x1a])
    expect(at(5, 3)).toEqual([0xfb, 0xfa, 0xf7])
  })

  test('writes the same image at any zlib level, smaller at a higher one', async () => {
    const canvas = createCanvas(300, 200, 0)
    for (let row = 0; row < 200; row += 3) fillRect(canvas, row % 17, row, 200, 1, 1 + (row % 2))
    const fast = encodePng(canvas, PALETTE, 1)
    const small = encodePng(canvas, PALETTE, 9)
    expect(await sharp(fast).raw().toBuffer()).toEqual(await sharp(small).raw().toBuffer())
    expect(small.length).toBeLessThanOrEqual(fast.length)
  })

  test('encodes canvases one after the other, each file holding its own pixels', async () => {
    const canvases = [0, 1, 2].map((index) => {
      const canvas = createCanvas(40, 30, 0)
      fillRect(canvas, index * 10, index * 5, 10, 5, 1 + (index % 2))
      return canvas
    })
    const files = canvases.map((canvas) => encodePng(canvas, PALETTE))
    const again = canvases.map((canvas) => encodePng(canvas, PALETTE))
    for (const [index, canvas] of canvases.entries()) {
      const { data } = await sharp(files[index]).raw().toBuffer({ resolveWithObject: true })
      const colour = index % 2 === 0 ? [0xa2, 0x37, 0x0f] : [0x1f, 0x1d, 0x1a]
      const at = ((index * 5 + 1) * canvas.width + index * 10 + 1) * 3
      expect([...data.subarray(at, at + 3)]).toEqual(colour)
      expect(again[index]).toEqual(files[index])
    }
  })

  test('refuses a palette that is not whole colours, saying how many bytes it has', () => {
    expect(() => encodePng(createCanvas(1, 1, 0), Uint8Array.of(1, 2))).toThrow(/this one has 2 bytes/)
  })
})
