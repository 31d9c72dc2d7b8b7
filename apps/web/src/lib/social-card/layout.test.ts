import { expect, test } from 'vitest'
import { speakersLine, titleFontSize } from './layout.ts'

const names = Array.from({ length: 12 }, (_, index) => `Personne ${index + 1}`)

test('names one, two or three speakers as a French list', () => {
  expect(speakersLine(['Zoé Marchand'])).toBe('Zoé Marchand')
  expect(speakersLine(['Zoé Marchand', 'Loïc Faure'])).toBe('Zoé Marchand et Loïc Faure')
  expect(speakersLine(names.slice(0, 3))).toBe('Personne 1, Personne 2 et Personne 3')
})

test('names the first two of four or more speakers and counts the others', () => {
  expect(speakersLine(names.slice(0, 4))).toBe('Personne 1, Personne 2 et 2 autres')
  expect(speakersLine(names)).toBe('Personne 1, Personne 2 et 10 autres')
})

test('credits nobody when there is no speaker', () => {
  expect(speakersLine([])).toBe('')
})

test('sets a longer title in a smaller size, never larger than the three lines the card has room for', () => {
  const sizes = [10, 40, 41, 80, 81, 200].map((length) => titleFontSize('é'.repeat(length)))
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
  expect(Math.max(...sizes)).toBeLessThanOrEqual(72)
})
