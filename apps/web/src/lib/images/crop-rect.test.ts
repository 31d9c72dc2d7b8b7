import { createImageUrlBuilder } from '@sanity/image-url'
import { describe, expect, test } from 'vitest'
import { availableWidth, cropRect, type Crop, type Hotspot, type Rect, type Size } from './crop-rect.ts'

const builder = createImageUrlBuilder({ projectId: 'p1', dataset: 'production' })

/** The rect= parameter @sanity/image-url puts in a URL, or the whole source when it puts none. */
function libraryRect(source: Size, crop: Crop | undefined, hotspot: Hotspot | undefined, target?: Size): Rect {
  let image = builder.image({ asset: { _ref: `image-abc-${source.width}x${source.height}-jpg` }, crop, hotspot })
  image = target ? image.width(target.width).height(target.height) : image.width(100)
  const rect = new URL(image.url()).searchParams.get('rect')
  if (rect === null) return { left: 0, top: 0, width: source.width, height: source.height }
  const [left, top, width, height] = rect.split(',').map(Number) as [number, number, number, number]
  return { left, top, width, height }
}

const sources: Size[] = [
  { width: 2000, height: 1000 },
  { width: 1000, height: 1500 },
  { width: 1333, height: 777 },
  { width: 640, height: 640 },
]
const crops: Array<Crop | undefined> = [
  undefined,
  { top: 0, bottom: 0, left: 0.25, right: 0.25 },
  { top: 0.1, bottom: 0.05, left: 0.033, right: 0.4 },
  { top: 0.3333, bottom: 0.1667, left: 0, right: 0 },
]
const hotspots: Array<Hotspot | undefined> = [
  undefined,
  { x: 0.1, y: 0.2, width: 0.2, height: 0.3 },
  { x: 0.9, y: 0.85, width: 0.1, height: 0.1 },
  { x: 0.5, y: 0.05, width: 0.5, height: 0.1 },
]
const targets: Array<Size | undefined> = [
  undefined,
  { width: 1200, height: 630 },
  { width: 128, height: 128 },
  { width: 632, height: 356 },
  { width: 300, height: 900 },
]

describe('cropRect', () => {
  const cases = sources.flatMap((source) =>
    crops.flatMap((crop) =>
      hotspots.flatMap((hotspot) => targets.map((target) => ({ source, crop, hotspot, target }))),
    ),
  )

  test.each(cases)(
    'is the rectangle @sanity/image-url asks the CDN for ($source.width×$source.height, crop $crop, hotspot $hotspot, output $target)',
    ({ source, crop, hotspot, target }) => {
      expect(cropRect(source, crop, hotspot, target)).toEqual(libraryRect(source, crop, hotspot, target))
    },
  )

  test('keeps the hotspot in view when framing a wide crop as a square', () => {
    const rect = cropRect(
      { width: 2000, height: 1000 },
      null,
      { x: 0.9, y: 0.5, width: 0.1, height: 0.1 },
      {
        width: 100,
        height: 100,
      },
    )
    expect(rect).toEqual({ left: 1000, top: 0, width: 1000, height: 1000 })
  })
})

describe('availableWidth', () => {
  test('is the width of the crop when the role keeps its proportions', () => {
    expect(availableWidth({ width: 2000, height: 1000 }, { top: 0, bottom: 0, left: 0.25, right: 0.25 }, null)).toBe(
      1000,
    )
  })

  test('is the width of the framed rectangle when the role fixes the aspect ratio', () => {
    expect(availableWidth({ width: 2000, height: 1000 }, null, 1)).toBe(1000)
    expect(availableWidth({ width: 800, height: 1200 }, null, 1)).toBe(800)
  })
})
