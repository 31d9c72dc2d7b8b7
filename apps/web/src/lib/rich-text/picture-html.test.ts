import { describe, expect, test } from 'vitest'
import { pictureHtml, placeholderStyle } from './picture-html.ts'

const picture = {
  sources: [
    { type: 'image/avif' as const, srcset: '/_images/b-96.avif 96w' },
    { type: 'image/webp' as const, srcset: '/_images/b-96.webp 96w' },
  ],
  img: {
    src: '/_images/b-96.jpg',
    srcset: '/_images/b-48.jpg 48w, /_images/b-96.jpg 96w',
    sizes: '3rem',
    width: 96,
    height: 96,
  },
  placeholder: null,
}

describe('pictureHtml', () => {
  test('offers each modern format before the fallback image, at the sizes of the fallback', () => {
    const html = pictureHtml(picture, { alt: 'Portrait' })
    expect(html.indexOf('image/avif')).toBeLessThan(html.indexOf('image/webp'))
    expect(html.indexOf('image/webp')).toBeLessThan(html.indexOf('<img'))
    expect(html.match(/sizes="3rem"/g)).toHaveLength(3)
  })

  test('loads an image below the fold lazily and one above it first', () => {
    expect(pictureHtml(picture, { alt: 'Portrait' })).toContain(' loading="lazy" decoding="async"')
    const eager = pictureHtml(picture, { alt: 'Portrait', eager: true })
    expect(eager).not.toContain('loading=')
    expect(eager).toContain(' fetchpriority="high" decoding="async"')
  })

  test('keeps an empty alternative text, for an image the text beside it already names', () => {
    expect(pictureHtml(picture, { alt: '' })).toContain(' alt="" ')
  })

  test('escapes the alternative text and the attributes it is given', () => {
    const html = pictureHtml(picture, {
      alt: '"><script>',
      className: 'avatar',
      attributes: { 'data-sanity': 'id=a&path="avatar"' },
      imgAttributes: { 'data-pagefind-meta': 'image[src]' },
    })
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;"')
    expect(html).toContain('<picture class="avatar" data-sanity="id=a&amp;path=&quot;avatar&quot;">')
    expect(html).toMatch(/<img [^>]* data-pagefind-meta="image\[src\]"><\/picture>$/)
  })
})

describe('placeholderStyle', () => {
  test('puts a base64 image data URL behind the image', () => {
    expect(placeholderStyle('data:image/png;base64,iVBORw0KGgo=')).toBe(
      'background:url(data:image/png;base64,iVBORw0KGgo=) center/cover',
    )
  })

  test.each([
    ['nothing', null],
    ['a remote URL', 'https://example.org/x.png'],
    ['CSS after the data', 'data:image/png;base64,AAAA);background:url(https://example.org/x'],
    ['another media type', 'data:text/html;base64,PHA+'],
  ])('writes no style for %s', (_what, placeholder) => {
    expect(placeholderStyle(placeholder)).toBeUndefined()
  })
})
