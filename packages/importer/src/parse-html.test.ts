import { expect, test } from 'vitest'
import { paragraphText } from './outline.ts'
import { parseHtml } from './parse-html.ts'

test('reads the post in <article>, not the site header around it', () => {
  const outline = parseHtml(
    '<header><h1>Le blog</h1></header><article><h1>WeShare de mars 2023</h1><p>Intro</p></article><footer><p>©</p></footer>',
  )
  expect(outline.title).toBe('WeShare de mars 2023')
  expect(outline.intro.map(paragraphText)).toEqual(['Intro'])
  expect(outline.unmapped).toEqual([])
})

test('reads a fragment, with the line of each talk title', () => {
  const outline = parseHtml('<h2>Quickies</h2>\n<h3>Un talk</h3>\n<p>Rémi nous   présente\n Optimum.</p>')
  expect(outline.sections[0]?.talks.map((talk) => [talk.line, talk.title, talk.paragraphs.map(paragraphText)])).toEqual(
    [[2, 'Un talk', ['Rémi nous présente Optimum.']]],
  )
})

test('reports images and tables it cannot import', () => {
  const outline = parseHtml(
    '<h2>REX</h2><h3>Un talk</h3><p>Texte <img src="a.png" alt="Schéma"></p><table><tr><td>1</td></tr></table>',
  )
  expect(outline.unmapped.map((item) => item.why)).toEqual([
    expect.stringMatching(/^image/),
    expect.stringMatching(/^<table>/),
  ])
})
