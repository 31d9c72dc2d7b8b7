import { describe, expect, test } from 'vitest'
import { hasVisibleCharacter, shownValue, text } from './text.ts'

const title = text({ max: 20, empty: 'le titre est vide : saisissez le titre du talk.' })
const messages = (value: unknown) => title.safeParse(value).error?.issues.map((issue) => issue.message) ?? []

describe('text()', () => {
  test('normalises to NFC and trims', () => {
    expect(title.parse('  Cafe\u0301 ')).toBe('Café')
  })

  test.each([
    ['NUL', 'a\u0000b', /caractère de contrôle invisible \(U\+0000, caractère 2\)/],
    ['BEL', 'a\u0007', /U\+0007/],
    ['ESC', '\u001b[31mrouge', /U\+001B, caractère 1/],
    ['a line break in a one-line field', 'a\nb', /U\+000A/],
    ['a C1 control', 'a\u0085b', /U\+0085/],
    ['right-to-left override', 'abc\u202Efed', /sens d'affichage \(U\+202E, caractère 4\)/],
    ['a first-strong isolate', '\u2068x', /U\+2068/],
    ['half a surrogate pair', 'a\uD83D', /caractère incomplet/],
  ])('refuses %s with a message naming the character', (_kind, value, message) => {
    expect(messages(value).join(' ')).toMatch(message)
  })

  test.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['no-break spaces', '\u00A0\u00A0'],
    ['combining marks alone', '\u0301\u0308'],
    ['a Hangul filler', '\u3164'],
  ])('refuses a required text made only of %s', (_kind, value) => {
    // No-break spaces are trimmed like spaces, which leaves the text empty; the others stay and are invisible.
    expect(messages(value)).toHaveLength(1)
    expect(messages(value)[0]).toMatch(/^le titre est vide : /)
  })

  test('says how long the text is and how long it may be', () => {
    expect(messages('x'.repeat(25))).toEqual([
      'le texte est trop long : 25 caractères pour 20 au plus ; raccourcissez-le dans le Studio.',
    ])
  })

  test('keeps tabs and line breaks in a multi-line field, and spaces where asked', () => {
    const code = text({ max: 100, multiline: true, keepSpaces: true })
    expect(code.parse('  if (x) {\n\treturn\r\n}')).toBe('  if (x) {\n\treturn\r\n}')
  })

  test('accepts French text with its punctuation, accents and emoji', () => {
    expect(title.parse('Kafka, « enfin » ! 🚀')).toBe('Kafka, « enfin » ! 🚀')
  })
})

describe('hasVisibleCharacter()', () => {
  test('finds a letter among invisible characters', () => {
    expect(hasVisibleCharacter('\u200Ba\u00A0')).toBe(true)
    expect(hasVisibleCharacter('\u200B\u00A0\u0301')).toBe(false)
  })
})

describe('shownValue()', () => {
  test('escapes control and bidirectional characters and cuts long values', () => {
    expect(shownValue('\u001b[2Jx\u202E')).toBe('"\\u001B[2Jx\\u202E"')
    expect(shownValue('a'.repeat(70))).toBe(`"${'a'.repeat(60)}…"`)
  })
})
