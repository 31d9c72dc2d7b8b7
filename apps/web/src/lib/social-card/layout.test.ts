import { describe, expect, test } from 'vitest'
import type { SocialCard } from './card.ts'
import {
  CARD_MARGIN,
  CARD_SEPARATOR,
  CARD_WIDTH,
  cardLayout,
  type CardText,
  speakersLine,
  titleFontSize,
} from './layout.ts'

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

const card: SocialCard = {
  title: 'Observabilité sans douleur',
  kind: 'Quickie',
  speakers: ['Noémie Garnier'],
  date: 'vendredi 2 juin 2023',
  siteName: 'WeShare',
}

const crowded: SocialCard = {
  title: 'W'.repeat(40),
  kind: 'Table ronde des intervenantes et intervenants invités '.repeat(3),
  speakers: Array.from({ length: 12 }, (_, index) => `Intervenante aux prénoms composés numéro ${index + 1}`),
  date: 'du lundi 6 au mercredi 8 février 2023, et le jeudi 9 février en ligne',
  siteName: 'WeShare, les récaps des journées de partage '.repeat(4).trim(),
}

function text(card: SocialCard, role: CardText['role']): CardText {
  const found = cardLayout(card).texts.find((candidate) => candidate.role === role)
  if (found === undefined) throw new Error(`The card has no ${role}.`)
  return found
}
const linesOf = (card: SocialCard, role: CardText['role']) => text(card, role).lines.map((line) => line.text)
/** Where the line's last glyph starts, and its first. */
const extent = (line: CardText['lines'][number]) => [line.glyphs[0]!.x, line.glyphs.at(-1)!.x]

describe('cardLayout', () => {
  test('keeps « » and the marks French spaces with the words of the title, as the pages do', () => {
    const french = { ...card, title: 'La « bonne » pratique : vraiment ?' }
    expect(linesOf(french, 'title').join(' ')).toBe('La «\u202fbonne\u202f» pratique\u202f: vraiment\u202f?')
  })

  test('leaves out the kind, the speakers and the date when there are none', () => {
    const bare = { ...card, kind: '', speakers: [], date: '' }
    expect(cardLayout(bare).texts.map((each) => each.role)).toEqual(['title', 'siteName'])
    expect(cardLayout(bare).badge).toBeNull()
    // The title then starts at the top margin.
    expect(text(bare, 'title').lines[0]!.baseline).toBeLessThan(text(card, 'title').lines[0]!.baseline - 60)
  })

  test('breaks a long title into at most three lines, the last one ending with an ellipsis', () => {
    const long = { ...card, title: `${'Une phrase qui ne finit pas et qui continue encore, '.repeat(6)}fin` }
    const lines = linesOf(long, 'title')
    expect(lines).toHaveLength(3)
    expect(lines.at(-1)).toMatch(/…$/)
    expect(lines.join(' ')).not.toMatch(/ fin$/)
  })

  test('keeps every line inside the margins', () => {
    for (const each of cardLayout(crowded).texts) {
      for (const line of each.lines) {
        const [first, last] = extent(line)
        expect(first).toBeGreaterThanOrEqual(CARD_MARGIN)
        expect(last).toBeLessThan(CARD_WIDTH - CARD_MARGIN)
      }
    }
  })

  test('ends the largest title and speakers the card allows above the footer’s separator', () => {
    const title = text(crowded, 'title')
    expect(title.size).toBe(72)
    expect(title.lines).toHaveLength(3)
    const speakers = text(crowded, 'speakers')
    expect(speakers.lines).toHaveLength(2)
    const descent = 0.3 * speakers.size
    expect(speakers.lines.at(-1)!.baseline + descent).toBeLessThan(CARD_SEPARATOR.top)
  })

  test('cuts a long kind to one line in its badge, and a long site name before the date', () => {
    expect(linesOf(crowded, 'kind')).toEqual([expect.stringMatching(/…$/)])
    const badge = cardLayout(crowded).badge!
    expect(badge.left + badge.width).toBeLessThanOrEqual(CARD_WIDTH - CARD_MARGIN)
    const [siteName] = text(crowded, 'siteName').lines
    const [date] = text(crowded, 'date').lines
    expect(siteName!.text).toMatch(/…$/)
    expect(date!.text).toMatch(/…$/)
    expect(extent(siteName!)[1]! + 30).toBeLessThan(extent(date!)[0]!)
  })

  test('sets the date against the right margin and the site name against the left one, on one baseline', () => {
    const [siteName] = text(card, 'siteName').lines
    const [date] = text(card, 'date').lines
    expect(siteName!.glyphs[0]!.x).toBe(CARD_MARGIN)
    expect(date!.baseline).toBe(siteName!.baseline)
    const [, last] = extent(date!)
    expect(CARD_WIDTH - CARD_MARGIN - last!).toBeLessThan(30)
    expect(date!.text).toBe('vendredi 2 juin 2023')
  })
})
