import { constants, crc32, deflateSync } from 'node:zlib'
import type { Canvas } from './canvas.ts'

/*
 * The canvas as an 8-bit palette PNG, written here rather than by sharp: a card's pixels are
 * palette indices already, in PNG's scanline layout, so the file is four chunks around one
 * deflate, and sharp would first expand them to RGB and quantise them back (30 ms a card, when
 * the card's whole budget is about a millisecond). The deflate is zlib's synchronous one: cards are
 * drawn on a thread of their own (in-worker.ts), where handing it to libuv's thread pool only
 * added a hop and a stream's bookkeeping (0.4 ms a card of that thread, measured over 3,000).
 * Format: https://www.w3.org/TR/png-3/
 */

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
const BIT_DEPTH = 8
const COLOUR_TYPE_PALETTE = 3

/**
 * zlib's level and strategy for the card, measured on 500 cards (CPU a card, on the thread pool):
 * level 1, 1.4 ms for 30.2 KiB; level 6, 3.8–4.2 ms for 24.2 KiB; level 1 with Z_RLE (matches of
 * the byte before only: a card's rows are runs of one colour), 1.1 ms for 28.8 KiB, and level 6
 * with Z_RLE no smaller. A fifth more bytes than level 6 in a quarter of its time: a build draws
 * 10,000 cards, and the CPU they take is the build's.
 */
export const PNG_DEFLATE_LEVEL = 1
const PNG_DEFLATE_STRATEGY = constants.Z_RLE

/** `canvas` as PNG bytes, its indices read in `palette` (red, green, blue for each index). */
export function encodePng(canvas: Canvas, palette: Uint8Array, level = PNG_DEFLATE_LEVEL): Buffer {
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
  const data = deflateSync(canvas.pixels, { level, strategy: PNG_DEFLATE_STRATEGY })
  // The image data is copied once, into the file: its chunk's length, type and CRC go around it.
  const [start, end] = chunkAround('IDAT', data)
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    start,
    data,
    end,
    chunk('IEND', new Uint8Array(0)),
  ])
}

/** A PNG chunk: the length of its data, its type, the data, and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const [start, end] = chunkAround(type, data)
  return Buffer.concat([start, data, end])
}

/** What goes before a chunk's data (its length and type) and after it (the CRC of type and data). */
function chunkAround(type: string, data: Uint8Array): [Buffer, Buffer] {
  const start = Buffer.alloc(8)
  start.writeUInt32BE(data.length, 0)
  start.write(type, 4, 'latin1')
  const end = Buffer.alloc(4)
  end.writeUInt32BE(crc32(data, crc32(start.subarray(4))), 0)
  return [start, end]
}
