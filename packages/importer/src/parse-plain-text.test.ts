import { expect, test } from 'vitest'
import { paragraphText } from './outline.ts'
import { parsePlainText } from './parse-plain-text.ts'

const LONG =
  'Ronan retrace l’historique du produit, depuis son fork de Cortex, et le compare à Thanos et à Victoria Metrics.'

test('starts a talk at a short line after a format heading or after a paragraph', () => {
  const outline = parsePlainText(['Conférences', 'Mimir', LONG, 'Wayland : vous n’êtes pas prêt !', LONG].join('\n'))
  expect(outline.sections.map((section) => section.format)).toEqual(['conference'])
  expect(outline.sections[0]?.talks.map((talk) => [talk.line, talk.title, talk.paragraphs.length])).toEqual([
    [2, 'Mimir', 1],
    [4, 'Wayland : vous n’êtes pas prêt !', 1],
  ])
})

test('reads a short line right after a title as the first paragraph, not as another title', () => {
  const outline = parsePlainText(['REX', 'Terraformer l’existant', 'Par Guillaume', LONG].join('\n'))
  expect(outline.sections[0]?.talks.map((talk) => talk.title)).toEqual(['Terraformer l’existant'])
  expect(outline.sections[0]?.talks[0]?.paragraphs.map(paragraphText)).toEqual(['Par Guillaume', LONG])
})

test('does not take a short sentence, or the items a colon introduces, for titles', () => {
  const outline = parsePlainText(
    [
      'Quickie',
      'Un talk',
      'Il a vécu la crise.',
      'La réponse a suivi deux étapes :',
      'Un audit interne ;',
      'Des mesures immédiates.',
      'Le talk suivant',
      LONG,
    ].join('\n'),
  )
  expect(outline.sections[0]?.talks.map((talk) => talk.title)).toEqual(['Un talk', 'Le talk suivant'])
  const paragraphs = outline.sections[0]?.talks[0]?.paragraphs ?? []
  expect(
    paragraphs.map((paragraph) => (paragraph.kind === 'text' ? [paragraph.listItem, paragraphText(paragraph)] : [])),
  ).toEqual([
    [undefined, 'Il a vécu la crise.'],
    [undefined, 'La réponse a suivi deux étapes :'],
    ['bullet', 'Un audit interne ;'],
    ['bullet', 'Des mesures immédiates.'],
  ])
})

test('makes list items of lines starting with a bullet or a number', () => {
  const outline = parsePlainText(['Hands-on', 'Hashistack', LONG, '- Vault', '- Consul', '1. Nomad'].join('\n'))
  const paragraphs = outline.sections[0]?.talks[0]?.paragraphs ?? []
  expect(
    paragraphs.map((paragraph) => (paragraph.kind === 'text' ? [paragraph.listItem, paragraphText(paragraph)] : [])),
  ).toEqual([
    [undefined, LONG],
    ['bullet', 'Vault'],
    ['bullet', 'Consul'],
    ['number', 'Nomad'],
  ])
})

test('joins a line starting in lowercase to the unfinished paragraph above', () => {
  const outline = parsePlainText(
    ['REX', 'Un talk', 'Guillaume nous présente une solution pour', 'passer à Terraform.'].join('\n'),
  )
  expect(outline.sections[0]?.talks[0]?.paragraphs.map(paragraphText)).toEqual([
    'Guillaume nous présente une solution pour passer à Terraform.',
  ])
})

test('takes a first short line as the session title and skips the "Sommaire" line', () => {
  const outline = parsePlainText(['WeShare de mars 2023', 'Sommaire', LONG, 'Quickie', 'Un talk', LONG].join('\r\n'))
  expect(outline.title).toBe('WeShare de mars 2023')
  expect(outline.intro.map(paragraphText)).toEqual([LONG])
})

test('reports a paragraph that comes before any talk title in a section', () => {
  const outline = parsePlainText(['Conférences', LONG, 'Mimir', LONG].join('\n'))
  expect(outline.unmapped).toEqual([
    {
      line: 2,
      text: expect.stringMatching(/^Ronan retrace/),
      why: expect.stringMatching(/^paragraph before any talk title in the Conférence section/),
    },
  ])
  expect(outline.sections[0]?.talks.map((talk) => talk.title)).toEqual(['Mimir'])
})
