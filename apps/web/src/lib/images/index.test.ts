import { describe, expect, test } from 'vitest'
import { pictureFor, shareImageFor, type ResolvedImage } from './index.ts'

const cdnImage = (
  id: string,
  frame: Pick<ResolvedImage, 'crop' | 'hotspot'> = {},
  lqip: string | null = 'data:image/jpeg;base64,AAAA',
): ResolvedImage => {
  const [, hash, size, extension] = id.split('-') as [string, string, string, string]
  const [width, height] = size.split('x').map(Number) as [number, number]
  return {
    _type: 'image',
    alt: 'Schéma de la plateforme',
    ...frame,
    asset: {
      _id: id,
      url: `https://cdn.sanity.io/images/abc123/production/${hash}-${size}.${extension}`,
      metadata: { dimensions: { width, height }, lqip },
    },
  }
}

const widthsOf = (srcset: string) => srcset.split(', ').map((candidate) => candidate.split(' ')[1])
const urlsOf = (srcset: string) => srcset.split(', ').map((candidate) => new URL(candidate.split(' ')[0]!))

describe('pictureFor on the CDN path', () => {
  test('points at the asset on the CDN with the format left to the browser, and no <source>', () => {
    const picture = pictureFor(cdnImage('image-abc-2000x1000-jpg'), 'figure')
    expect(picture.sources).toEqual([])
    expect(picture.img.src).toMatch(/^https:\/\/cdn\.sanity\.io\/images\/abc123\/production\/abc-2000x1000\.jpg\?/)
    for (const url of urlsOf(picture.img.srcset)) expect(url.searchParams.get('auto')).toBe('format')
  })

  test("offers the role's widths, each URL asking the CDN for its width", () => {
    const picture = pictureFor(cdnImage('image-abc-2000x1000-jpg'), 'figure')
    expect(widthsOf(picture.img.srcset)).toEqual(['360w', '480w', '672w', '1008w', '1344w'])
    expect(urlsOf(picture.img.srcset).map((url) => url.searchParams.get('w'))).toEqual([
      '360',
      '480',
      '672',
      '1008',
      '1344',
    ])
    expect(picture.img).toMatchObject({ width: 672, height: 336 })
  })

  test('never asks for more pixels than the file has', () => {
    const picture = pictureFor(cdnImage('image-abc-500x250-png'), 'figure')
    expect(widthsOf(picture.img.srcset)).toEqual(['360w', '480w', '500w'])
    expect(picture.img).toMatchObject({ width: 500, height: 250 })
  })

  test("carries the editor's crop as rect= and keeps its proportions", () => {
    const picture = pictureFor(
      cdnImage('image-abc-2000x1000-jpg', { crop: { top: 0, bottom: 0, left: 0.25, right: 0.25 } }),
      'figure',
    )
    expect(picture.img).toMatchObject({ width: 672, height: 672 })
    for (const url of urlsOf(picture.img.srcset)) expect(url.searchParams.get('rect')).toBe('500,0,1000,1000')
  })

  test('frames an avatar as a square around the hotspot', () => {
    const picture = pictureFor(
      cdnImage('image-abc-1200x800-jpg', { hotspot: { x: 0.8, y: 0.5, width: 0.2, height: 0.4 } }),
      'avatar',
    )
    expect(picture.img).toMatchObject({ width: 128, height: 128, sizes: '8rem' })
    const [first] = urlsOf(picture.img.srcset)
    expect(first?.searchParams.get('rect')).toBe('400,0,800,800')
    expect(first?.searchParams.get('h')).toBe('128')
  })

  test('gives the LQIP of the asset as placeholder, or none', () => {
    expect(pictureFor(cdnImage('image-abc-2000x1000-jpg'), 'cover').placeholder).toBe('data:image/jpeg;base64,AAAA')
    expect(pictureFor(cdnImage('image-abc-2000x1000-jpg', {}, null), 'cover').placeholder).toBeNull()
  })

  test('keeps the CDN host of the asset URL, such as a stand-in on loopback', () => {
    const image = cdnImage('image-abc-2000x1000-jpg')
    image.asset.url = 'http://127.0.0.1:4567/images/abc123/production/abc-2000x1000.jpg'
    expect(pictureFor(image, 'cover').img.src).toMatch(/^http:\/\/127\.0\.0\.1:4567\/images\/abc123\/production\//)
  })

  test('names the image and the value when the asset id is not an image asset id', () => {
    const image = cdnImage('image-abc-2000x1000-jpg')
    image.asset._id = 'file-abc-pdf'
    expect(() => pictureFor(image, 'cover')).toThrow(/"Schéma de la plateforme" has the asset id "file-abc-pdf"/)
  })

  test('rejects an asset URL that is neither a file nor on an image CDN', () => {
    const image = cdnImage('image-abc-2000x1000-jpg')
    image.asset.url = 'https://example.com/photo.jpg'
    expect(() => pictureFor(image, 'cover')).toThrow(/the URL "https:\/\/example.com\/photo.jpg"/)
  })
})

describe('shareImageFor on the CDN path', () => {
  test('asks the CDN for a 1200×630 JPEG around the hotspot, with the alt text', () => {
    const share = shareImageFor(
      cdnImage('image-abc-2000x2000-jpg', { hotspot: { x: 0.5, y: 0.1, width: 0.2, height: 0.2 } }),
    )
    expect(share).toMatchObject({ width: 1200, height: 630, alt: 'Schéma de la plateforme' })
    const url = new URL(share.path)
    expect(url.searchParams.get('w')).toBe('1200')
    expect(url.searchParams.get('h')).toBe('630')
    expect(url.searchParams.get('fm')).toBe('jpg')
    expect(url.searchParams.get('rect')).toBe('0,0,2000,1050')
  })
})
