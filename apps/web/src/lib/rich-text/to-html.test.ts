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

  test('leaves out an image without an uploaded file', () => {
    const image = { _type: 'image', _key: key(), alt: 'Schéma' }
    expect(richTextToHtml([image])).toBe('')
  })

  test('renders an image as a figure whose files come from its asset', () => {
    const image = {
      _type: 'image',
      _key: key(),
      alt: 'Schéma "avant"',
      asset: {
        _id: 'image-abc-800x600-png',
        url: 'https://cdn.sanity.io/images/p1/production/abc-800x600.png',
        metadata: { dimensions: { width: 800, height: 600 } },
      },
    }
    expect(richTextToHtml([image])).toMatch(
      /^<figure><img src="https:\/\/cdn\.sanity\.io\/images\/p1\/production\/abc-800x600\.png\?[^"]*" srcset="[^"]+" sizes="[^"]+" width="672" height="504" alt="Schéma &quot;avant&quot;" loading="lazy" decoding="async"><\/figure>$/,
    )
  })
})
