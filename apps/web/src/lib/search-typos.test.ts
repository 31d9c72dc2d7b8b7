import { describe, expect, test } from 'vitest'
import {
  bucketsFor,
  candidatesFor,
  decide,
  editDistance,
  foldWord,
  isCorrectable,
  readBucket,
  readLiteral,
  replaceWord,
  withLiteral,
  writeBucket,
  type VocabularyWord,
} from './search-typos.ts'

const word = (form: string, pages: number, stem: number, speaker = false): VocabularyWord => ({
  form,
  key: foldWord(form),
  pages,
  stem,
  speaker,
})

describe('edit distance', () => {
  test('counts a deleted, an inserted and a wrong letter as one edit each', () => {
    expect(editDistance('kubernetes', 'kubernets', 2)).toBe(1)
    expect(editDistance('kafka', 'kafkka', 2)).toBe(1)
    expect(editDistance('pulumi', 'pulumo', 2)).toBe(1)
  })

  test('counts two neighbours swapped as one edit', () => {
    expect(editDistance('kubernetes', 'kuberentes', 2)).toBe(1)
    expect(editDistance('livebox', 'liveobx', 2)).toBe(1)
  })

  test('stops counting past the most edits allowed', () => {
    expect(editDistance('kubernetes', 'docker', 2)).toBe(3)
    expect(editDistance('abc', 'abcdef', 1)).toBe(2)
  })
})

describe('the words of the vocabulary', () => {
  test('are compared without case, accents or ligatures', () => {
    expect(foldWord('Évènements')).toBe('evenements')
    expect(foldWord('cœur')).toBe('coeur')
  })

  test('are read back as written, a line each', () => {
    const words = [word('évènements', 3, 0), word('ronan', 1, 1, true)]
    expect(readBucket(writeBucket(words))).toEqual(words)
  })

  test('are looked for in the files of the lengths a correction may have', () => {
    expect(bucketsFor('kafk')).toEqual([3, 4, 5])
    expect(bucketsFor('kuberntes')).toEqual([7, 8, 9, 10, 11])
  })
})

describe('what may be corrected', () => {
  test('leaves numbers, words of two letters and capitalised speaker names alone', () => {
    const speakers = new Set(['ronan'])
    expect(isCorrectable('2024', speakers)).toBe(false)
    expect(isCorrectable('k8s', speakers)).toBe(false)
    expect(isCorrectable('ia', speakers)).toBe(false)
    expect(isCorrectable('Ronan', speakers)).toBe(false)
    expect(isCorrectable('ronnan', speakers)).toBe(true)
  })

  test('never corrects a word of the vocabulary, however rare', () => {
    const vocabulary = [word('kubernetes', 500, 0), word('hashistack', 1, 1), word('hashistacks', 40, 1)]
    expect(candidatesFor('hashistack', vocabulary)).toEqual([])
  })
})

describe('the correction chosen', () => {
  const vocabulary = [
    word('kubernetes', 500, 0),
    word('kubernete', 2, 0),
    word('cluster', 80, 1),
    word('clusters', 60, 1),
    word('custer', 3, 2),
    word('mesh', 20, 3),
    word('mess', 18, 4),
  ]

  test('is the one word of fewest edits, searched at once', () => {
    expect(decide(candidatesFor('kuberntes', vocabulary))).toEqual({ kind: 'correct', form: 'kubernetes' })
  })

  test('counts one word per stem, the closest spelling of it', () => {
    expect(candidatesFor('clustr', vocabulary).map((candidate) => candidate.word.form)).toEqual(['cluster', 'custer'])
  })

  test('prefers, among words as close, one on many times more pages', () => {
    const words = [word('docker', 100, 0), word('dicker', 2, 1)]
    expect(decide(candidatesFor('dacker', words))).toEqual({ kind: 'correct', form: 'docker' })
  })

  test('offers a choice between words as close and as frequent', () => {
    expect(decide(candidatesFor('mest', vocabulary))).toEqual({ kind: 'choose', forms: ['mesh', 'mess'] })
  })

  test('prefers the word sharing the first letter', () => {
    const words = [word('post', 10, 0), word('rust', 10, 1)]
    expect(decide(candidatesFor('rost', words))).toEqual({ kind: 'correct', form: 'rust' })
  })

  test('is nothing when no word is close enough', () => {
    expect(decide(candidatesFor('zqxwvj', vocabulary))).toEqual({ kind: 'none' })
  })
})

describe('the query of a correction', () => {
  test('replaces the one word corrected and keeps the others as typed', () => {
    expect(replaceWord('Falco runtmie, vraiment', 1, 'runtime')).toBe('Falco runtime, vraiment')
  })

  test('marks a search of the words as typed in the URL, and reads it back', () => {
    expect(withLiteral('?q=kuberntes', true)).toBe('?q=kuberntes&exact=1')
    expect(withLiteral('?q=kuberntes', false)).toBe('?q=kuberntes')
    expect(readLiteral('?q=kuberntes&exact=1')).toBe(true)
    expect(readLiteral('?q=kuberntes')).toBe(false)
  })
})
