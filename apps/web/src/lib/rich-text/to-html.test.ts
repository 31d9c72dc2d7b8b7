import { describe, expect, test } from 'vitest'
import { richTextToHtml } from './to-html.ts'

type Span = { text: string; marks?: string[] }
let keys = 0
const key = () => `k${(keys += 1)}`
const block = (spans: Array<string | Span>, extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: key(),
  style: 'normal',
  markDefs: [] as Array<{ _type: 'link'; _key: string; href: string }>,
  children: spans.map((span) => ({
    _type: 'span',
    _key: key(),
    marks: [],
    ...(typeof span === 'string' ? { text: span } : span),
  })),
  ...extra,
})
const linked = (href: string, text: string) => {
  const paragraph = block([{ text, marks: ['l1'] }])
  paragraph.markDefs = [{ _type: 'link', _key: 'l1', href }]
  return paragraph
}

describe('richTextToHtml', () => {
  test('shows markup typed by an editor as text', () => {
    const html = richTextToHtml([block(['<script>alert("x")</script> & <b>'])])
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;</p>')
  })

  test('links only safe hrefs and keeps the text of a dropped one', () => {
    expect(richTextToHtml([linked('https://example.org/a?b=1&c="2"', 'la doc')])).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=&quot;2&quot;">la doc</a></p>',
    )
    expect(richTextToHtml([linked('JaVaScRiPt:alert(1)', 'piège')])).toBe('<p>piège</p>')
    expect(richTextToHtml([linked('java\tscript:alert(1)', 'piège')])).toBe('<p>piège</p>')
  })

  test('keeps French spacing in text but not in inline code', () => {
    const html = richTextToHtml([
      block(['Pourquoi ? ', { text: 'a ? b : c', marks: ['code'] }, { text: 'fort !', marks: ['strong', 'em'] }]),
    ])
    expect(html).toBe('<p>Pourquoi\u202f? <code>a ? b : c</code><strong><em>fort\u202f!</em></strong></p>')
  })

  test('places headings under the parent level with the ids it is given', () => {
    const intro = block(['Contexte'], { style: 'h3' })
    const ids = new Map([[intro._key, 'contexte']])
    expect(richTextToHtml([intro], { headingIds: ids })).toBe('<h2 id="contexte">Contexte</h2>')
    expect(richTextToHtml([intro], { parentLevel: 3 })).toBe('<h4>Contexte</h4>')
  })

  test('nests list items by level and numbers ordered lists', () => {
    const html = richTextToHtml([
      block(['un'], { listItem: 'bullet', level: 1 }),
      block(['un.un'], { listItem: 'number', level: 2 }),
      block(['deux'], { listItem: 'bullet', level: 1 }),
    ])
    expect(html).toBe('<ul><li>un<ol><li>un.un</li></ol></li><li>deux</li></ul>')
  })

  test('renders a code block as written, scrollable from the keyboard', () => {
    const code = { _type: 'codeBlock', _key: key(), language: 'bash', code: 'echo "<ok>" && ls' }
    const html = richTextToHtml([code])
    expect(html).toBe(
      '<pre tabindex="0" data-language="bash" aria-label="Code bash"><code>echo &quot;&lt;ok&gt;&quot; &amp;&amp; ls</code></pre>',
    )
  })

  const recapImage = (extra: Record<string, unknown> = {}) => ({
    _type: 'image',
    _key: key(),
    alt: 'Schéma "avant"',
    asset: {
      _id: 'image-abc-800x600-png',
      url: 'https://cdn.sanity.io/images/p1/production/abc-800x600.png',
      metadata: { dimensions: { width: 800, height: 600 } },
    },
    ...extra,
  })
  const picture = {
    sources: [{ type: 'image/avif' as const, srcset: '/_images/a-360.avif 360w, /_images/a-720.avif 720w' }],
    img: {
      src: '/_images/a-720.png',
      srcset: '/_images/a-360.png 360w, /_images/a-720.png 720w',
      sizes: '100vw',
      width: 720,
      height: 540,
    },
    placeholder: 'data:image/jpeg;base64,/9j/AAA=',
  }

  test('writes an image of the text as a figure with its picture, alternative text and caption', () => {
    const asked: unknown[] = []
    const html = richTextToHtml([recapImage({ caption: 'Le flux ? Réécrit' })], {
      figurePicture: (image) => (asked.push(image.alt), picture),
    })
    expect(asked).toEqual(['Schéma "avant"'])
    expect(html).toBe(
      '<figure><picture><source type="image/avif" srcset="/_images/a-360.avif 360w, /_images/a-720.avif 720w" sizes="100vw">' +
        '<img src="/_images/a-720.png" srcset="/_images/a-360.png 360w, /_images/a-720.png 720w" sizes="100vw" width="720" height="540"' +
        ' alt="Schéma &quot;avant&quot;" loading="lazy" decoding="async" style="background:url(data:image/jpeg;base64,/9j/AAA=) center/cover">' +
        '</picture><figcaption>Le flux\u202f? Réécrit</figcaption></figure>',
    )
  })

  test('writes no caption for an image without one, and no image when it is not told where the files are', () => {
    expect(richTextToHtml([recapImage()], { figurePicture: () => picture })).not.toContain('<figcaption')
    expect(richTextToHtml([recapImage()])).toBe('')
  })

  test('leaves out an image without an uploaded file', () => {
    const image = { _type: 'image', _key: key(), alt: 'Schéma' }
    expect(richTextToHtml([image], { figurePicture: () => picture })).toBe('')
  })

  test('shows markup typed in a caption as text', () => {
    const html = richTextToHtml([recapImage({ caption: '<script>x</script>' })], { figurePicture: () => picture })
    expect(html).toContain('<figcaption>&lt;script&gt;x&lt;/script&gt;</figcaption>')
  })
})
