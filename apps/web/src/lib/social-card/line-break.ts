/** What breaking needs of a character: its width and whether a line may break there. */
export interface Breakable {
  advance: number
  /** Added when the next character follows on the same line. */
  kern: number
  space: boolean
  /** A hyphen or a dash, after which a line may break, keeping it. */
  breakAfter: boolean
}

/** A line: the characters `start` to `end` (excluded), and whether an ellipsis ends it. */
export interface Line {
  start: number
  end: number
  ellipsis: boolean
}

export interface BreakOptions {
  /** The width of a line, in the unit of the advances. */
  width: number
  /** The most lines: a text that needs more is cut at the end of the last one, with an ellipsis. */
  lines: number
  /** Whether lines break at spaces; when not, the text is one line, cut where it overflows. */
  wrap: boolean
  ellipsisWidth: number
}

/**
 * Lines as a browser breaks them (greedy: each line takes all the words that fit): at spaces and
 * after a hyphen inside a word (« week-end »), a space at the end of a line hanging outside it,
 * and a word wider than a line broken where it overflows (`overflow-wrap: anywhere`). Past
 * `lines`, the last line is cut as `line-clamp` cuts it: characters are removed from its end
 * until the ellipsis fits, and a space before the ellipsis goes too.
 */
export function breakLines(chars: readonly Breakable[], options: BreakOptions): Line[] {
  const { width, wrap } = options
  const maxLines = wrap ? options.lines : 1
  const lines: Line[] = []
  let start = 0
  while (lines.length < maxLines) {
    while (start < chars.length && chars[start].space) start++
    if (start === chars.length) break
    let x = 0
    // Where the line breaks if it overflows: the index the next line starts from.
    let breakAt = -1
    let end = start
    for (; end < chars.length; end++) {
      const char = chars[end]
      if (char.space && wrap) breakAt = end
      // A space may overflow: it hangs, and the line breaks after it.
      else if (end > start && x + char.advance > width) break
      else if (char.breakAfter && wrap && end + 1 < chars.length && !chars[end + 1].space) breakAt = end + 1
      x += char.advance + char.kern
    }
    if (end === chars.length) {
      lines.push({ start, end: trimEnd(chars, start, end), ellipsis: false })
      start = end
      break
    }
    if (breakAt <= start) breakAt = end
    lines.push({ start, end: trimEnd(chars, start, breakAt), ellipsis: false })
    start = breakAt
  }
  while (start < chars.length && chars[start].space) start++
  const last = lines.at(-1)
  if (last !== undefined && start < chars.length) {
    let end = last.end
    while (end > last.start + 1 && lineWidth(chars, last.start, end) + options.ellipsisWidth > width) end--
    lines[lines.length - 1] = { start: last.start, end: trimEnd(chars, last.start, end), ellipsis: true }
  }
  return lines
}

function trimEnd(chars: readonly Breakable[], start: number, end: number): number {
  while (end > start + 1 && chars[end - 1].space) end--
  return end
}

function lineWidth(chars: readonly Breakable[], start: number, end: number): number {
  let width = 0
  for (let index = start; index < end; index++) width += chars[index].advance + chars[index].kern
  return width
}
