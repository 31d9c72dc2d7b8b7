import { describe, expect, test } from 'vitest'
import type { SocialCard } from './card.ts'
import { socialCardDigest } from './digest.ts'

const card: SocialCard = {
  title: 'Les tests qui échouent pour de bonnes raisons',
  kind: 'Conférence',
  speakers: ['Anaïs Colin', 'Bérénice Morel'],
  date: 'mardi 14 novembre 2023',
  siteName: 'WeShare',
}

describe('socialCardDigest', () => {
  test('is a hex string, the same for the same card', () => {
    expect(socialCardDigest(card)).toMatch(/^[0-9a-f]{16}$/)
    expect(socialCardDigest({ ...card, speakers: [...card.speakers] })).toBe(socialCardDigest(card))
  })

  test('does not change with the order of the keys', () => {
    const reordered: SocialCard = {
      siteName: card.siteName,
      date: card.date,
      speakers: card.speakers,
      kind: card.kind,
      title: card.title,
    }
    expect(socialCardDigest(reordered)).toBe(socialCardDigest(card))
  })

  const changes: [string, SocialCard][] = [
    ['the title', { ...card, title: 'Les tests qui échouent pour de mauvaises raisons' }],
    ['an accent of the title', { ...card, title: card.title.replace('é', 'e') }],
    ['the kind', { ...card, kind: 'Quickie' }],
    ['a speaker', { ...card, speakers: ['Anaïs Colin', 'Bérénice Moreau'] }],
    ['the order of the speakers', { ...card, speakers: ['Bérénice Morel', 'Anaïs Colin'] }],
    ['one more speaker', { ...card, speakers: [...card.speakers, 'Cyril Petit'] }],
    ['no speaker', { ...card, speakers: [] }],
    ['the date', { ...card, date: 'mercredi 15 novembre 2023' }],
    ['the site name', { ...card, siteName: 'WeShare Lyon' }],
    [
      'a letter moved from the title to the kind',
      { ...card, title: 'Les tests qui échouent pour de bonnes raison', kind: 's Conférence' },
    ],
    ['two speakers joined into one', { ...card, speakers: ['Anaïs Colin, Bérénice Morel'] }],
  ]
  test.each(changes)('changes when %s changes', (_, changed) => {
    expect(socialCardDigest(changed)).not.toBe(socialCardDigest(card))
  })
})
