import { describe, expect, test } from 'vitest'
import { rasterise, type OutlineCommand } from './rasterise.ts'

const identity = { scaleX: 1, scaleY: 1, dx: 0, dy: 0 }

function polygon(points: [number, number][]): OutlineCommand[] {
  return [
    { command: 'moveTo', args: points[0]! },
    ...points.slice(1).map(([x, y]): OutlineCommand => ({ command: 'lineTo', args: [x, y] })),
    { command: 'closePath', args: [] },
  ]
}

function rows(mask: Uint8Array, width: number): number[][] {
  return Array.from({ length: mask.length / width }, (_, row) => [...mask.subarray(row * width, (row + 1) * width)])
}

describe('rasterise', () => {
  test('covers whole pixels fully and leaves the others empty', () => {
    const mask = rasterise(
      polygon([
        [1, 1],
        [3, 1],
        [3, 3],
        [1, 3],
      ]),
      identity,
      4,
      4,
    )
    expect(rows(mask, 4)).toEqual([
      [0, 0, 0, 0],
      [0, 255, 255, 0],
      [0, 255, 255, 0],
      [0, 0, 0, 0],
    ])
  })

  test('gives a pixel half covered half the coverage, whichever way the outline turns', () => {
    const clockwise = rasterise(
      polygon([
        [0.5, 0],
        [2, 0],
        [2, 1],
        [0.5, 1],
      ]),
      identity,
      2,
      1,
    )
    const anticlockwise = rasterise(
      polygon([
        [0.5, 0],
        [0.5, 1],
        [2, 1],
        [2, 0],
      ]),
      identity,
      2,
      1,
    )
    expect([...clockwise]).toEqual([128, 255])
    expect([...anticlockwise]).toEqual([128, 255])
  })

  test('covers as much area as the shape has, for a slanted edge', () => {
    // A right triangle of legs 8: 32 pixels of area.
    const mask = rasterise(
      polygon([
        [0, 0],
        [8, 8],
        [0, 8],
      ]),
      identity,
      8,
      8,
    )
    const area = [...mask].reduce((sum, value) => sum + value, 0) / 255
    expect(area).toBeCloseTo(32, 1)
  })

  test('leaves the hole of a contour inside another empty, as the letter « o » needs', () => {
    const ring = [
      ...polygon([
        [0, 0],
        [6, 0],
        [6, 6],
        [0, 6],
      ]),
      ...polygon([
        [2, 2],
        [2, 4],
        [4, 4],
        [4, 2],
      ]),
    ]
    const mask = rasterise(ring, identity, 6, 6)
    expect(mask[2 * 6 + 2]).toBe(0)
    expect(mask[0]).toBe(255)
  })

  test('fills a curve close to its true area', () => {
    // A disc of radius 10 from four cubic arcs is within 1.5 % of π r².
    const r = 10
    const disc: OutlineCommand[] = [
      { command: 'moveTo', args: [20, 10] },
      { command: 'bezierCurveTo', args: [20, 15.523, 15.523, 20, 10, 20] },
      { command: 'bezierCurveTo', args: [4.477, 20, 0, 15.523, 0, 10] },
      { command: 'bezierCurveTo', args: [0, 4.477, 4.477, 0, 10, 0] },
      { command: 'bezierCurveTo', args: [15.523, 0, 20, 4.477, 20, 10] },
      { command: 'closePath', args: [] },
    ]
    const area = [...rasterise(disc, identity, 20, 20)].reduce((sum, value) => sum + value, 0) / 255
    expect(Math.abs(area - Math.PI * r * r) / (Math.PI * r * r)).toBeLessThan(0.015)
  })

  test('places the outline by its scale and offset, flipping a font’s upward y', () => {
    // A unit square in font units (y up) scaled to 2 pixels, its baseline at row 2.
    const mask = rasterise(
      polygon([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ]),
      { scaleX: 2, scaleY: -2, dx: 1, dy: 2 },
      4,
      3,
    )
    expect(rows(mask, 4)).toEqual([
      [0, 255, 255, 0],
      [0, 255, 255, 0],
      [0, 0, 0, 0],
    ])
  })
})
