import { describe, expect, test } from 'vitest'
import { cardFace } from './fonts.ts'
import { shapeText, widthOf } from './shaping.ts'

const bold = cardFace(700)
const regular = cardFace(400)

describe('shapeText', () => {
  test('sets each letter at the advance the font gives it, scaled to the size', () => {
    const [at100] = shapeText('M', bold, 100).chars
    const [at50] = shapeText('M', bold, 50).chars
    expect(at100!.advance).toBeGreaterThan(50)
    expect(at50!.advance).toBeCloseTo(at100!.advance / 2, 6)
  })

  test('kerns pairs as the font says: « AV » and « To » are narrower than their letters apart', () => {
    for (const pair of ['AV', 'To', 'Ta']) {
      const apart = widthOf(shapeText(pair[0]!, bold, 72).chars) + widthOf(shapeText(pair[1]!, bold, 72).chars)
      expect(widthOf(shapeText(pair, bold, 72).chars)).toBeLessThan(apart - 2)
    }
  })

  test('adds the letter spacing after every character', () => {
    const plain = widthOf(shapeText('Kafka', bold, 72).chars)
    expect(widthOf(shapeText('Kafka', bold, 72, -0.72).chars)).toBeCloseTo(plain - 5 * 0.72, 6)
  })

  test.each([
    [700, 'ł'],
    [700, 'ş'],
    [400, 'ő'],
    [400, 'Ł'],
  ] as const)('takes, at weight %i, « %s » from Latin Extended, not the missing-glyph box', (weight, letter) => {
    const face = cardFace(weight)
    const [char] = shapeText(letter, face, 34).chars
    expect(char).toMatchObject({ font: 1 })
    expect(char!.glyph).not.toBe(0)
  })

  test('takes French letters from Latin, and draws a character no font has as the box', () => {
    for (const letter of 'éèçœÉ«»’…') expect(shapeText(letter, regular, 34).chars[0]).toMatchObject({ font: 0 })
    expect(shapeText('漢', regular, 34).chars[0]).toMatchObject({ font: 0, glyph: 0 })
  })

  test('sets the narrow no-break space as a gap narrower than a space, where no line breaks', () => {
    const [, narrow] = shapeText('a\u202fb', regular, 34).chars
    const [space] = shapeText('a b', regular, 34).chars.slice(1)
    expect(narrow!.glyph).not.toBe(0)
    expect(narrow!.advance).toBeGreaterThan(2)
    expect(narrow!.advance).toBeLessThan(space!.advance)
    expect(narrow!.space).toBe(false)
    expect(space!.space).toBe(true)
  })

  test('collapses white space and composes accents typed apart, as the page shows them', () => {
    const shaped = shapeText('  Rene\u0301e \n  Dupont ', regular, 34)
    expect(shaped.chars.map((char) => char.character).join('')).toBe('Renée Dupont')
    expect(shaped.chars[3]!.glyph).toBe(shapeText('é', regular, 34).chars[0]!.glyph)
  })

  test('lets a line break after a hyphen, not between a hyphen and a digit', () => {
    const chars = shapeText('week-end 2023-2024', regular, 34).chars
    expect(chars[4]).toMatchObject({ character: '-', breakAfter: true })
    expect(chars[13]).toMatchObject({ character: '-', breakAfter: false })
  })
})
