/*
 * A glyph's outline as an antialiased coverage mask, each pixel holding the exact share of its
 * area the outline covers (0 to 255). Written here rather than asked of sharp: librsvg draws one
 * glyph in about 3 ms (SVG parsing and a libvips pipeline for a few hundred pixels), and a site's
 * cards need some thousands of masks (each glyph at each size and quarter-pixel offset), which
 * this draws in microseconds each. It is the signed-area accumulation of font-rs
 * (https://github.com/raphlinus/font-rs, Raph Levien's account of it:
 * https://medium.com/@raphlinus/inside-the-fastest-font-renderer-in-the-world-75ae5270c445): each
 * edge adds to the cells it crosses how much of their area lies beside it, and a running sum
 * along each row turns those into coverage. Curves are cut into lines first, close enough that
 * no edge moves by more than a tenth of a pixel.
 */

/** A command of an outline, as fontkit gives a glyph's path. */
export interface OutlineCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'
  args: number[]
}

/** Where the outline's point (x, y) lands in the mask: (x · scaleX + dx, y · scaleY + dy). */
export interface Placement {
  scaleX: number
  scaleY: number
  dx: number
  dy: number
}

/** How far, in pixels, a curve may stray from the lines that stand for it. */
const TOLERANCE = 0.1

/** The coverage of `commands` placed by `at` in a mask of `width` × `height`, row by row. */
export function rasterise(
  commands: readonly OutlineCommand[],
  at: Placement,
  width: number,
  height: number,
): Uint8Array {
  const stride = width + 2
  const area = new Float32Array(stride * height)
  const line = (x0: number, y0: number, x1: number, y1: number) => addEdge(area, stride, width, height, x0, y0, x1, y1)
  let startX = 0
  let startY = 0
  let x = 0
  let y = 0
  let open = false
  const close = () => {
    if (open && (x !== startX || y !== startY)) line(x, y, startX, startY)
    x = startX
    y = startY
    open = false
  }
  for (const { command, args } of commands) {
    const px = (index: number) => args[index] * at.scaleX + at.dx
    const py = (index: number) => args[index] * at.scaleY + at.dy
    if (command === 'moveTo') {
      close()
      startX = x = px(0)
      startY = y = py(1)
      open = true
    } else if (command === 'lineTo') {
      line(x, y, px(0), py(1))
      x = px(0)
      y = py(1)
    } else if (command === 'quadraticCurveTo') {
      quadratic(line, x, y, px(0), py(1), px(2), py(3))
      x = px(2)
      y = py(3)
    } else if (command === 'bezierCurveTo') {
      cubic(line, x, y, px(0), py(1), px(2), py(3), px(4), py(5))
      x = px(4)
      y = py(5)
    } else close()
  }
  close()
  const mask = new Uint8Array(width * height)
  for (let row = 0; row < height; row++) {
    let sum = 0
    for (let column = 0; column < width; column++) {
      sum += area[row * stride + column]
      const cover = Math.abs(sum)
      mask[row * width + column] = cover >= 1 ? 255 : Math.round(cover * 255)
    }
  }
  return mask
}

type LineTo = (x0: number, y0: number, x1: number, y1: number) => void

function quadratic(line: LineTo, x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): void {
  // n lines stray at most |p0 − 2 p1 + p2| / (4 n²) from a quadratic.
  const segments = Math.max(1, Math.ceil(Math.sqrt(Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2) / (4 * TOLERANCE))))
  let fromX = x0
  let fromY = y0
  for (let step = 1; step <= segments; step++) {
    const t = step / segments
    const u = 1 - t
    const toX = u * u * x0 + 2 * u * t * x1 + t * t * x2
    const toY = u * u * y0 + 2 * u * t * y1 + t * t * y2
    line(fromX, fromY, toX, toY)
    fromX = toX
    fromY = toY
  }
}

function cubic(
  line: LineTo,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  x3: number,
  y3: number,
): void {
  // n lines stray at most 3/4 · max |pi − 2 pi+1 + pi+2| / n² from a cubic.
  const bend = Math.max(Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2), Math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3))
  const segments = Math.max(1, Math.ceil(Math.sqrt((0.75 * bend) / TOLERANCE)))
  let fromX = x0
  let fromY = y0
  for (let step = 1; step <= segments; step++) {
    const t = step / segments
    const u = 1 - t
    const toX = u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3
    const toY = u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3
    line(fromX, fromY, toX, toY)
    fromX = toX
    fromY = toY
  }
}

/**
 * Adds the edge from (x0, y0) to (x1, y1) to `area`: in each row it crosses, the cells it passes
 * through get the part of the row's height it spans, shared by how much of each cell lies to its
 * right, and the cell after it the rest; the running sum of a row is then its coverage.
 */
function addEdge(
  area: Float32Array,
  stride: number,
  width: number,
  height: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): void {
  if (ay === by) return
  const direction = ay < by ? 1 : -1
  const [x0, y0, x1, y1] = direction === 1 ? [ax, ay, bx, by] : [bx, by, ax, ay]
  // Outside the mask an edge counts at its border, which keeps every row's sum right.
  const clamp = (value: number) => Math.min(Math.max(value, 0), width)
  const slope = (x1 - x0) / (y1 - y0)
  let x = y0 < 0 ? x0 - y0 * slope : x0
  const last = Math.min(height, Math.ceil(y1))
  for (let row = Math.max(0, Math.floor(y0)); row < last; row++) {
    const start = row * stride
    const dy = Math.min(row + 1, y1) - Math.max(row, y0)
    const next = x + slope * dy
    const d = dy * direction
    const from = clamp(x)
    const to = clamp(next)
    const left = Math.min(from, to)
    const right = Math.max(from, to)
    const leftCell = Math.floor(left)
    const rightCell = Math.ceil(right)
    if (rightCell <= leftCell + 1) {
      const middle = 0.5 * (from + to) - leftCell
      area[start + leftCell] += d - d * middle
      area[start + leftCell + 1] += d * middle
    } else {
      const inverse = 1 / (right - left)
      const leftFraction = left - leftCell
      const a0 = 0.5 * inverse * (1 - leftFraction) * (1 - leftFraction)
      const rightFraction = right - rightCell + 1
      const aEnd = 0.5 * inverse * rightFraction * rightFraction
      area[start + leftCell] += d * a0
      if (rightCell === leftCell + 2) {
        area[start + leftCell + 1] += d * (1 - a0 - aEnd)
      } else {
        const a1 = inverse * (1.5 - leftFraction)
        area[start + leftCell + 1] += d * (a1 - a0)
        for (let cell = leftCell + 2; cell < rightCell - 1; cell++) area[start + cell] += d * inverse
        const a2 = a1 + (rightCell - leftCell - 3) * inverse
        area[start + rightCell - 1] += d * (1 - a2 - aEnd)
      }
      area[start + rightCell] += d * aEnd
    }
    x = next
  }
}
