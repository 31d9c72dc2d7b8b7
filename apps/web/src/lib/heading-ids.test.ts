import { describe, expect, test } from 'vitest'
import { createIdAllocator, headingIds, headingLevels } from './heading-ids.ts'

const heading = (key: string, text: string, style = 'h2') => ({
  _type: 'block',
  _key: key,
  style,
  children: [{ _type: 'span', _key: `${key}-s`, text }],
})

describe('createIdAllocator', () => {
  test('turns a French heading into an id without accents or punctuation', () => {
    expect(createIdAllocator()("Les métriques à l'échelle : quel coût ?")).toBe('les-metriques-a-l-echelle-quel-cout')
  })

  test('numbers a repeated heading from 2', () => {
    const allocate = createIdAllocator()
    expect([allocate('Conclusion'), allocate('Conclusion'), allocate('conclusion !')]).toEqual([
      'conclusion',
      'conclusion-2',
      'conclusion-3',
    ])
  })

  test('never hands out a reserved id', () => {
    const allocate = createIdAllocator(['contenu'])
    expect(allocate('Contenu')).toBe('contenu-2')
  })

  test('gives headings without letters a fallback id', () => {
    const allocate = createIdAllocator()
    expect([allocate('???'), allocate('…')]).toEqual(['section', 'section-2'])
  })

  test('skips a numbered id an earlier heading already took', () => {
    const allocate = createIdAllocator()
    expect([allocate('Étape 2'), allocate('Étape'), allocate('Étape')]).toEqual(['etape-2', 'etape', 'etape-3'])
  })
})

describe('headingIds', () => {
  test('gives h2 and h3 blocks an id and leaves paragraphs alone', () => {
    const blocks = [
      heading('a', 'Le contexte'),
      heading('b', 'Un paragraphe', 'normal'),
      heading('c', 'Le bilan', 'h3'),
    ]
    expect(Object.fromEntries(headingIds(blocks, createIdAllocator()))).toEqual({ a: 'le-contexte', c: 'le-bilan' })
  })

  test('keeps ids unique across the bodies of one page', () => {
    const allocate = createIdAllocator()
    const first = headingIds([heading('a', 'Démo')], allocate)
    const second = headingIds([heading('a', 'Démo')], allocate)
    expect([first.get('a'), second.get('a')]).toEqual(['demo', 'demo-2'])
  })

  test('ignores code blocks and images', () => {
    const blocks = [
      { _type: 'codeBlock', _key: 'x', code: 'ls' },
      { _type: 'image', _key: 'y', alt: 'Schéma' },
    ]
    expect(headingIds(blocks, createIdAllocator()).size).toBe(0)
  })
})

describe('headingLevels', () => {
  test('puts h2 and h3 right under the parent heading', () => {
    expect(headingLevels([heading('a', 'A'), heading('b', 'B', 'h3')], 1)).toEqual({ h2: 2, h3: 3 })
  })

  test('does not skip a level when a recap only uses h3', () => {
    expect(headingLevels([heading('a', 'A', 'h3')], 3)).toEqual({ h3: 4 })
  })

  test('gives nothing for a text without headings', () => {
    expect(headingLevels([heading('a', 'A', 'normal')], 1)).toEqual({})
  })
})
