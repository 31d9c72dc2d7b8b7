import { describe, expect, test } from 'vitest'
import { breakLines, type BreakOptions, type Line } from './line-break.ts'

/** Each character 10 wide, no kerning; a space breaks, a hyphen breaks after itself. */
function chars(text: string) {
  return [...text].map((character) => ({
    advance: 10,
    kern: 0,
    space: character === ' ',
    breakAfter: character === '-',
  }))
}

function broken(text: string, options: Partial<BreakOptions> = {}): string[] {
  const lines = breakLines(chars(text), { width: 100, lines: 3, wrap: true, ellipsisWidth: 10, ...options })
  return lines.map((line: Line) => `${[...text].slice(line.start, line.end).join('')}${line.ellipsis ? '…' : ''}`)
}

describe('breakLines', () => {
  test('puts on each line all the words that fit, breaking at spaces', () => {
    expect(broken('un deux trois quatre cinq')).toEqual(['un deux', 'trois', 'quatre…'])
  })

  test('keeps a text that fits on one line whole', () => {
    expect(broken('tout tient')).toEqual(['tout tient'])
  })

  test('lets the space after a full line hang outside it instead of starting the next line', () => {
    // « abcdefghij » is exactly 100 wide: the space after it hangs.
    expect(broken('abcdefghij klm')).toEqual(['abcdefghij', 'klm'])
  })

  test('breaks a word wider than the line where it overflows', () => {
    expect(broken('abcdefghijklmnopqrstuvwxyz')).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz'])
  })

  test('breaks after a hyphen inside a word', () => {
    expect(broken('aaaa week-end')).toEqual(['aaaa week-', 'end'])
  })

  test('cuts the last line with an ellipsis that fits, dropping the space before it', () => {
    expect(broken('un deux trois quatre cinq six sept', { lines: 2 })).toEqual(['un deux', 'trois…'])
    // A full last line loses characters until the ellipsis fits in the width.
    expect(broken('abcdefghij abcdefghij abcdefghij', { lines: 2 })).toEqual(['abcdefghij', 'abcdefghi…'])
  })

  test('keeps an unwrapped text on one line, cut by character where it overflows', () => {
    expect(broken('Table ronde des invités', { wrap: false })).toEqual(['Table ron…'])
    expect(broken('Table', { wrap: false })).toEqual(['Table'])
  })

  test('draws no line for a text of spaces only', () => {
    expect(broken('   ')).toEqual([])
  })

  test('counts kerning in the width of a line', () => {
    const tight = chars('abcdefghijk').map((char) => ({ ...char, kern: -1 }))
    expect(breakLines(tight, { width: 100, lines: 1, wrap: true, ellipsisWidth: 0 })[0]).toMatchObject({
      start: 0,
      end: 11,
    })
  })
})
