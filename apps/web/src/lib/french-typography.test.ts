import { describe, expect, test } from 'vitest'
import { frenchSpacing } from './french-typography.ts'

const NNBSP = '\u202f'

describe('frenchSpacing', () => {
  test('keeps ; : ! ? with the word before them', () => {
    expect(frenchSpacing('Pourquoi ? Parce que : voilà ; enfin !')).toBe(
      `Pourquoi${NNBSP}? Parce que${NNBSP}: voilà${NNBSP}; enfin${NNBSP}!`,
    )
  })

  test('keeps guillemets with the words they quote', () => {
    expect(frenchSpacing('la « manière douce »')).toBe(`la «${NNBSP}manière douce${NNBSP}»`)
  })

  test('leaves a colon or question mark that starts a word alone', () => {
    expect(frenchSpacing('le sélecteur :focus et le paramètre ?page')).toBe('le sélecteur :focus et le paramètre ?page')
  })

  test('handles a doubled mark and the end of the text', () => {
    expect(frenchSpacing('Vraiment ?!')).toBe(`Vraiment${NNBSP}?!`)
  })

  test('leaves text without French punctuation unchanged', () => {
    expect(frenchSpacing('Terraform, Kubernetes et Kafka.')).toBe('Terraform, Kubernetes et Kafka.')
  })
})
