import { promisify } from 'node:util'
import { crc32, deflate } from 'node:zlib'
import type { Canvas } from './canvas.ts'

/*
 * The canvas as an 8-bit palette PNG, written here rather than by sharp: a card's pixels are
 * palette indices already, in PNG's scanline layout, so the file is four chunks around one
 * deflate, and sharp would first expand them to RGB and quantise them back (30 ms a card, when
 * the card's whole budget is under a millisecond of the main thread). The deflate is zlib's
 * asynchronous one, which runs on libuv's thread pool while pages render.
 * Format: https://www.w3.org/TR/png-3/
 */

const deflateAsync = promisify(deflate)

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
const BIT_DEPTH = 8
const COLOUR_TYPE_PALETTE = 3

/**
 * zlib's level for the card: measured on 500 cards (see render.ts), level 1 deflates in a third of
 * the time of level 6 for files a fifth larger.
 */
export const PNG_DEFLATE_LEVEL = 1

/** `canvas` as PNG bytes, its indices read in `palette` (red, green, blue for each index). */
export async function encodePng(canvas: Canvas, palette: Uint8Array, level = PNG_DEFLATE_LEVEL): Promise<Buffer> {
  if (palette.length % 3 !== 0 || palette.length === 0 || palette.length > 256 * 3) {
    throw new RangeError(
      `A PNG palette holds 1 to 256 colours of 3 bytes; this one has ${palette.length} bytes. ` +
        `Pass red, green and blue for each colour.`,
    )
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(canvas.width, 0)
  header.writeUInt32BE(canvas.height, 4)
  header.set([BIT_DEPTH, COLOUR_TYPE_PALETTE, 0, 0, 0], 8)
  const data = await deflateAsync(canvas.pixels, { level })
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', data),
    chunk('IEND', new Uint8Array(0)),
  ])
}

/** A PNG chunk: the length of its data, its type, the data, and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const bytes = Buffer.alloc(12 + data.length)
  bytes.writeUInt32BE(data.length, 0)
  bytes.write(type, 4, 'latin1')
  bytes.set(data, 8)
  bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length)
  return bytes
}
