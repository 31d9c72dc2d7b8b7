import { describe, expect, test } from 'vitest'
import type { SocialCard } from './card.ts'
import { SOCIAL_CARD_RENDERER_VERSION, socialCardDigest, socialCardRenderer } from './digest.ts'

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
    ['another title', { ...card, title: 'Les tests qui échouent pour de mauvaises raisons' }],
    ['an accent less in the title', { ...card, title: card.title.replace('é', 'e') }],
    ['another kind', { ...card, kind: 'Quickie' }],
    ['another speaker', { ...card, speakers: ['Anaïs Colin', 'Bérénice Moreau'] }],
    ['the speakers in another order', { ...card, speakers: ['Bérénice Morel', 'Anaïs Colin'] }],
    ['one more speaker', { ...card, speakers: [...card.speakers, 'Cyril Petit'] }],
    ['no speaker at all', { ...card, speakers: [] }],
    ['another date', { ...card, date: 'mercredi 15 novembre 2023' }],
    ['another site name', { ...card, siteName: 'WeShare Lyon' }],
    [
      'a letter moved from the title to the kind',
      { ...card, title: 'Les tests qui échouent pour de bonnes raison', kind: 's Conférence' },
    ],
    ['two speakers joined into one', { ...card, speakers: ['Anaïs Colin, Bérénice Morel'] }],
  ]
  test.each(changes)('changes with %s', (_, changed) => {
    expect(socialCardDigest(changed)).not.toBe(socialCardDigest(card))
  })

  test('covers the design version and the versions of fontkit and the fonts', () => {
    expect(socialCardRenderer()).toMatch(
      new RegExp(
        `^v${SOCIAL_CARD_RENDERER_VERSION}, fontkit \\d+\\.\\d+\\.\\d+, @fontsource/noto-sans \\d+\\.\\d+\\.\\d+$`,
      ),
    )
  })

  test('names a card apart from the file satori drew of it, so that a cached card of the former design is not reused', () => {
    // The digest of `card` under design version 1 (satori 0.63.2, sharp 0.35.5, libvips 8.18.7).
    expect(socialCardDigest(card)).not.toBe('36e1d582188d6822')
  })
})
