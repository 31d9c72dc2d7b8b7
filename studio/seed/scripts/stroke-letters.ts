/*
 * Capital letters drawn as strokes on an 8 × 12 grid, so that the sample images can carry French
 * labels without depending on a font installed on the machine that draws them (SVG text is
 * rasterised with whatever fonts the system has, and a fresh machine may have none).
 */

const GLYPHS: Record<string, string> = {
  A: 'M0 12 L4 0 L8 12 M1.5 7.5 H6.5',
  B: 'M0 6 H4.5 Q7.5 6 7.5 3 Q7.5 0 4.5 0 H0 V12 H5 Q8 12 8 9 Q8 6 5 6',
  C: 'M8 2 Q6.5 0 4 0 Q0 0 0 6 Q0 12 4 12 Q6.5 12 8 10',
  D: 'M0 0 V12 H3.5 Q8 12 8 6 Q8 0 3.5 0 Z',
  E: 'M8 0 H0 V12 H8 M0 6 H6',
  F: 'M8 0 H0 V12 M0 6 H6',
  G: 'M8 2 Q6.5 0 4 0 Q0 0 0 6 Q0 12 4 12 Q8 12 8 7 H4.5',
  H: 'M0 0 V12 M8 0 V12 M0 6 H8',
  I: 'M4 0 V12 M1.5 0 H6.5 M1.5 12 H6.5',
  J: 'M6 0 V9 Q6 12 3 12 Q0 12 0 9',
  K: 'M0 0 V12 M8 0 L0 7 M2.5 5 L8 12',
  L: 'M0 0 V12 H8',
  M: 'M0 12 V0 L4 7 L8 0 V12',
  N: 'M0 12 V0 L8 12 V0',
  O: 'M4 0 Q0 0 0 6 Q0 12 4 12 Q8 12 8 6 Q8 0 4 0 Z',
  P: 'M0 12 V0 H4.5 Q8 0 8 3.25 Q8 6.5 4.5 6.5 H0',
  Q: 'M4 0 Q0 0 0 6 Q0 12 4 12 Q8 12 8 6 Q8 0 4 0 Z M5 9 L8 12.5',
  R: 'M0 12 V0 H4.5 Q8 0 8 3.25 Q8 6.5 4.5 6.5 H0 M4 6.5 L8 12',
  S: 'M8 1.5 Q6.5 0 4 0 Q0.5 0 0.5 3 Q0.5 5.5 4 6 Q7.5 6.5 7.5 9 Q7.5 12 4 12 Q1.5 12 0 10.5',
  T: 'M0 0 H8 M4 0 V12',
  U: 'M0 0 V8 Q0 12 4 12 Q8 12 8 8 V0',
  V: 'M0 0 L4 12 L8 0',
  W: 'M0 0 L2 12 L4 4 L6 12 L8 0',
}

/** Accented capitals: the base letter and its accent above the grid. */
const ACCENTS: Record<string, [base: string, accent: string]> = {
  É: ['E', 'M3 -1.5 L5.5 -3.5'],
  È: ['E', 'M2.5 -3.5 L5 -1.5'],
  Ê: ['E', 'M2 -1.5 L4 -3.5 L6 -1.5'],
}

const ADVANCE = 11
const SPACE = 7

function glyphOf(letter: string): string {
  const accented = ACCENTS[letter]
  const path = accented ? `${GLYPHS[accented[0]]} ${accented[1]}` : GLYPHS[letter]
  if (path === undefined) {
    throw new Error(
      `No stroke glyph for "${letter}": add it to GLYPHS in stroke-letters.ts, or write the label without it.`,
    )
  }
  return path
}

/** Width of a label drawn by `strokeText` at a cap height of `size` pixels. */
export function strokeTextWidth(text: string, size: number): number {
  let units = 0
  for (const letter of text) units += letter === ' ' ? SPACE : ADVANCE
  return ((units - (ADVANCE - 8)) * size) / 12
}

/**
 * A label in capitals as one SVG `<path>` of strokes, its baseline at `y`, starting at `x`
 * (or centred on `x` with `anchor: 'middle'`).
 */
export function strokeText(
  text: string,
  {
    x,
    y,
    size,
    color,
    anchor = 'start',
  }: { x: number; y: number; size: number; color: string; anchor?: 'start' | 'middle' },
): string {
  const scale = size / 12
  const left = anchor === 'middle' ? x - strokeTextWidth(text, size) / 2 : x
  const glyphs: string[] = []
  let offset = 0
  for (const letter of text.toUpperCase()) {
    if (letter === ' ') {
      offset += SPACE
      continue
    }
    glyphs.push(`<path transform="translate(${offset} 0)" d="${glyphOf(letter)}"/>`)
    offset += ADVANCE
  }
  return (
    `<g transform="translate(${left} ${y - size}) scale(${scale})" fill="none" stroke="${color}" ` +
    `stroke-width="${(1.6).toFixed(1)}" stroke-linecap="round" stroke-linejoin="round">${glyphs.join('')}</g>`
  )
}
