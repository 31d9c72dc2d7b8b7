/** One line of an NDJSON stream: its text, or only its size when it was longer than allowed. */
export type Line =
  | { number: number; bytes: number; text: string }
  | { number: number; bytes: number; text: undefined; start: string; invalidUtf8?: false }
  | { number: number; bytes: number; text: undefined; start: string; invalidUtf8: true }

const NEWLINE = 0x0a
/** Bytes of an over-long line kept to name its document (`"_id"` comes first in an export). */
const KEPT_START = 4096
const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Cuts a byte stream into lines as it arrives, so that a dataset of any size is read without ever
 * holding it as one string (V8 refuses strings over about 512 MiB). A line longer than
 * `maxLineBytes` is not kept: only its size and its first bytes are reported.
 */
export class LineSplitter {
  private pieces: Buffer[] = []
  private size = 0
  private number = 1
  private start = ''
  private readonly maxLineBytes: number
  private readonly onLine: (line: Line) => void

  constructor(maxLineBytes: number, onLine: (line: Line) => void) {
    this.maxLineBytes = maxLineBytes
    this.onLine = onLine
  }

  push(chunk: Buffer): void {
    let from = 0
    for (;;) {
      const newline = chunk.indexOf(NEWLINE, from)
      if (newline === -1) {
        this.add(chunk.subarray(from))
        return
      }
      this.add(chunk.subarray(from, newline))
      this.flush()
      from = newline + 1
    }
  }

  end(): void {
    if (this.size > 0) this.flush()
  }

  private add(piece: Buffer): void {
    if (piece.length === 0) return
    const before = this.size
    this.size += piece.length
    if (this.size <= this.maxLineBytes) {
      this.pieces.push(piece)
      return
    }
    if (before <= this.maxLineBytes) {
      this.start = Buffer.concat([...this.pieces, piece])
        .subarray(0, KEPT_START)
        .toString('utf8')
      this.pieces = []
    }
  }

  private flush(): void {
    const { number, size } = this
    if (size > this.maxLineBytes) {
      this.onLine({ number, bytes: size, text: undefined, start: this.start })
    } else {
      const bytes = Buffer.concat(this.pieces)
      let text: string | undefined
      try {
        text = utf8.decode(bytes)
      } catch {
        text = undefined
      }
      this.onLine(
        text === undefined
          ? { number, bytes: size, text, start: bytes.subarray(0, KEPT_START).toString('utf8'), invalidUtf8: true }
          : { number, bytes: size, text },
      )
    }
    this.pieces = []
    this.size = 0
    this.start = ''
    this.number += 1
  }
}
