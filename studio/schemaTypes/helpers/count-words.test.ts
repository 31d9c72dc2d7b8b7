import { describe, expect, test } from 'vitest'
import { countRichTextWords, countWords } from './count-words.ts'

function paragraph(text: string) {
  return { _type: 'block', _key: text.slice(0, 8), children: [{ _type: 'span', _key: 's', text }] }
}

describe('countWords', () => {
  test('counts words separated by any whitespace', () => {
    expect(countWords('Un quickie\tdure\nquinze   minutes')).toBe(5)
  })

  test('does not count punctuation standing alone', () => {
    expect(countWords('Kafka — le retour : épisode 2 !')).toBe(5)
  })

  test('counts nothing in an empty or blank text', () => {
    expect(countWords('')).toBe(0)
    expect(countWords('  \n ')).toBe(0)
  })
})

describe('countRichTextWords', () => {
  test('adds up the words of every paragraph', () => {
    expect(countRichTextWords([paragraph("L'équipe a migré"), paragraph('vers Kubernetes en 2024.')])).toBe(7)
  })

  test('ignores code blocks and images', () => {
    const body = [
      paragraph('Deux mots'),
      { _type: 'codeBlock', code: 'kubectl apply -f deployment.yaml' },
      { _type: 'image', alt: 'Un schéma de l’architecture' },
    ]
    expect(countRichTextWords(body)).toBe(2)
  })

  test('counts an empty paragraph as no words', () => {
    expect(countRichTextWords([paragraph('')])).toBe(0)
    expect(countRichTextWords(undefined)).toBe(0)
  })
})
