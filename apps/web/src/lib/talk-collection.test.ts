import type { TalkEntry } from '@weshare/schema'
import { expect, test } from 'vitest'
import { EXCERPT_MAX_LENGTH } from './excerpt.ts'
import { prepareTalk, TalkCollectionSchema } from './talk-collection.ts'

const block = (key: string, text: string, style = 'normal') => ({
  _type: 'block' as const,
  _key: key,
  style: style as 'normal' | 'h2' | 'h3',
  children: [{ _type: 'span' as const, _key: `${key}s`, text }],
})
const talk: TalkEntry = {
  _id: 'talk-k8s',
  title: 'Kubernetes en production',
  slug: 'kubernetes-en-production',
  format: 'rex',
  speakers: [],
  tags: [],
  body: [block('a', 'Contenu', 'h2'), block('b', 'Un cluster Kubernetes, '.repeat(30)), block('c', 'Contenu', 'h3')],
}

test('stores the recap as HTML for the talk page, not as rich text', () => {
  const { data, rendered } = prepareTalk(talk)
  expect('body' in data).toBe(false)
  expect(TalkCollectionSchema.parse(data)).toEqual(data)
  // "contenu" is the id of <main>: the recap's headings never take it.
  expect(rendered?.html).toMatch(
    /^<h2 id="contenu-2">Contenu<\/h2><p>Un cluster Kubernetes, .*<\/p><h3 id="contenu-3">Contenu<\/h3>$/,
  )
  expect(rendered?.metadata?.headings).toEqual([
    { depth: 2, slug: 'contenu-2', text: 'Contenu' },
    { depth: 3, slug: 'contenu-3', text: 'Contenu' },
  ])
})

test('keeps enough of the plain text for the longest excerpt, and the synonyms search adds', () => {
  const { data } = prepareTalk(talk)
  expect(data.recapStart).toHaveLength(EXCERPT_MAX_LENGTH + 2)
  expect(data.recapStart.startsWith('Contenu Un cluster Kubernetes, Un cluster')).toBe(true)
  expect(data.searchSynonyms).toContain('k8s')
})
