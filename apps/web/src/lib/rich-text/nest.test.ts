import { expect, test } from 'vitest'
import { nestRichTextHtml } from './nest.ts'

test('moves headings down and prefixes their ids with the talk id', () => {
  const html = '<h2 id="contexte">Contexte</h2><p>texte</p><h3 id="bilan">Bilan</h3><h2>Sans id</h2>'
  expect(nestRichTextHtml(html, { shift: 2, idPrefix: 'kafka' })).toBe(
    '<h4 id="kafka--contexte">Contexte</h4><p>texte</p><h5 id="kafka--bilan">Bilan</h5><h4>Sans id</h4>',
  )
})

test('stops at h6', () => {
  expect(nestRichTextHtml('<h5 id="a">A</h5>', { shift: 2, idPrefix: 't' })).toBe('<h6 id="t--a">A</h6>')
})

test('leaves heading markup typed as text alone', () => {
  const html = '<p>&lt;h2 id=&quot;x&quot;&gt;</p><pre><code>&lt;/h3&gt;</code></pre>'
  expect(nestRichTextHtml(html, { shift: 2, idPrefix: 't' })).toBe(html)
})
