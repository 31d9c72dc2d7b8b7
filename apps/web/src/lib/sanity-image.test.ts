import type { ImageWithAlt } from '@weshare/schema'
import { describe, expect, test } from 'vitest'
import { assetDimensions, imageProjectFromEnv, responsiveImage, shareImage } from './sanity-image.ts'

const project = { projectId: 'abc123', dataset: 'production' }
const image = (ref?: string, crop?: ImageWithAlt['crop']): ImageWithAlt => ({
  _type: 'image',
  alt: 'Schéma de la plateforme',
  ...(ref ? { asset: { _type: 'reference', _ref: ref } } : {}),
  ...(crop ? { crop } : {}),
})

describe('assetDimensions', () => {
  test('reads the size encoded in the asset id', () => {
    expect(assetDimensions('image-Tb9Ew8CXIwaY6R1kjMvI0uRR-2000x3000-jpg')).toEqual({ width: 2000, height: 3000 })
  })

  test.each(['file-abc-pdf', 'image-abc-jpg', 'image-abc-0x10-png', ''])('returns null for %j', (ref) => {
    expect(assetDimensions(ref)).toBeNull()
  })
})

describe('imageProjectFromEnv', () => {
  test('needs both the project id and the dataset', () => {
    expect(imageProjectFromEnv({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' })).toEqual(project)
    expect(imageProjectFromEnv({ SANITY_PROJECT_ID: 'abc123' })).toBeNull()
    expect(imageProjectFromEnv({ SANITY_PROJECT_ID: ' ', SANITY_DATASET: 'production' })).toBeNull()
  })
})

describe('responsiveImage', () => {
  test('points at the project CDN with a srcset and the displayed size', () => {
    const result = responsiveImage(image('image-abc-2000x1000-jpg'), project)
    expect(result).toMatchObject({ width: 720, height: 360 })
    expect(result?.src).toMatch(/^https:\/\/cdn\.sanity\.io\/images\/abc123\/production\/abc-2000x1000\.jpg\?/)
    expect(result?.srcset.split(', ').map((candidate) => candidate.split(' ')[1])).toEqual([
      '360w',
      '720w',
      '1080w',
      '1440w',
    ])
  })

  test('never offers a width larger than the file', () => {
    const result = responsiveImage(image('image-abc-500x250-png'), project)
    expect(result).toMatchObject({ width: 500, height: 250 })
    expect(result?.srcset.split(', ').map((candidate) => candidate.split(' ')[1])).toEqual(['360w', '500w'])
  })

  test("keeps the editor's crop in the proportions and in the URLs", () => {
    const result = responsiveImage(
      image('image-abc-2000x1000-jpg', { top: 0, bottom: 0, left: 0.25, right: 0.25 }),
      project,
    )
    expect(result).toMatchObject({ width: 720, height: 720 })
    expect(result?.src).toContain('rect=500,0,1000,1000')
  })

  test('does not cut an uncropped image', () => {
    const result = responsiveImage(image('image-abc-1600x900-png'), project)
    expect(result?.srcset).not.toContain('rect=')
  })

  test('gives no image without an uploaded asset', () => {
    expect(responsiveImage(image(), project)).toBeNull()
  })

  test('gives no image when no project is configured', () => {
    expect(responsiveImage(image('image-abc-2000x1000-jpg'), null)).toBeNull()
  })
})

describe('shareImage', () => {
  test('crops the image to the 1200×630 size of link previews, with its alt text', () => {
    const result = shareImage(image('image-abc-2000x1000-jpg'), project)
    expect(result).toMatchObject({ width: 1200, height: 630, alt: 'Schéma de la plateforme' })
    expect(result?.url).toMatch(/[?&]w=1200&h=630/)
    expect(result?.url).toContain('fit=crop')
  })

  test('gives nothing without an asset or a project', () => {
    expect(shareImage(image(), project)).toBeNull()
    expect(shareImage(image('image-abc-2000x1000-jpg'), null)).toBeNull()
  })
})
