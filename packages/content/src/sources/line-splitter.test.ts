import { describe, expect, test } from 'vitest'
import { LineSplitter, type Line } from './line-splitter.ts'

function split(chunks: string[], max = 100): Line[] {
  const lines: Line[] = []
  const splitter = new LineSplitter(max, (line) => lines.push(line))
  for (const chunk of chunks) splitter.push(Buffer.from(chunk))
  splitter.end()
  return lines
}

describe('LineSplitter', () => {
  test('gives whole lines, numbered, whatever the chunks they arrive in', () => {
    expect(split(['{"a"', ':1}\n{"b":2', '}\n\n{"c":3}']).map((line) => [line.number, line.text])).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":2}'],
      [3, ''],
      [4, '{"c":3}'],
    ])
  })

  test('decodes a character whose bytes are split between two chunks', () => {
    const bytes = Buffer.from('"é"\n')
    const lines: Line[] = []
    const splitter = new LineSplitter(100, (line) => lines.push(line))
    splitter.push(bytes.subarray(0, 2))
    splitter.push(bytes.subarray(2))
    splitter.end()
    expect(lines[0]?.text).toBe('"é"')
  })

  test('keeps only the size and the start of a line longer than the limit', () => {
    const [line] = split([`{"_id":"long","x":"${'y'.repeat(50)}`, `${'y'.repeat(100)}"}\n`], 64)
    expect(line).toMatchObject({ number: 1, text: undefined, bytes: 171 })
    expect(line && 'start' in line ? line.start : '').toMatch(/^\{"_id":"long"/)
  })

  test('reports a line that is not UTF-8', () => {
    const lines: Line[] = []
    const splitter = new LineSplitter(100, (line) => lines.push(line))
    splitter.push(Buffer.from([0x7b, 0xff, 0x7d, 0x0a]))
    expect(lines[0]).toMatchObject({ number: 1, text: undefined, invalidUtf8: true })
  })
})
