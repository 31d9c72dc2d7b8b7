import type { Talk } from '@weshare/schema'
import { describe, expect, test } from 'vitest'
import { editTalkTitles } from './edit-dataset.ts'
import { generateDataset } from './generate-dataset.ts'

const { documents } = generateDataset({ talks: 100 })
const talks = (list: typeof documents) => list.filter((document): document is Talk => document._type === 'talk')

describe('correcting talk titles', () => {
  test('changes the title of as many talks as asked, far apart, and nothing else', () => {
    const { documents: edited, edits } = editTalkTitles(documents, 4)
    expect(edits).toHaveLength(4)
    const positions = edits.map((edit) => talks(documents).findIndex((talk) => talk._id === edit.id))
    expect(positions[0], 'the first one in the middle of the archive').toBe(50)
    expect(new Set(positions).size).toBe(4)
    for (const [before, after] of talks(documents).map((talk, index) => [talk, talks(edited)[index]!] as const)) {
      const edit = edits.find((candidate) => candidate.id === before._id)
      expect(after.title).toBe(edit ? `${before.title} (corrigé)` : before.title)
      expect(after.slug).toEqual(before.slug)
    }
    expect(edited.filter((document) => document._type !== 'talk')).toEqual(
      documents.filter((document) => document._type !== 'talk'),
    )
  })

  test('refuses to correct more talks than the dataset has, saying how many it has', () => {
    expect(() => editTalkTitles(documents, 101)).toThrow('--edit 101 asks for more talks than the dataset has (100)')
  })
})
