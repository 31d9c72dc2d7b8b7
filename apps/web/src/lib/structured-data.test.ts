import { describe, expect, test } from 'vitest'
import { sessionJsonLd, talkJsonLd } from './structured-data.ts'

const publisher = { name: 'WeShare recaps', url: 'https://recaps.weshare.example/', locale: 'en-GB' }

test('a session is a BlogPosting published on its last day', () => {
  const data = sessionJsonLd(
    { title: 'WeShare de février et mars 2023', dates: ['2023-02-06', '2023-03-06'] },
    'Résumés',
    'https://recaps.weshare.example/sessions/x/',
    publisher,
  )
  expect(data).toMatchObject({
    '@type': 'BlogPosting',
    headline: 'WeShare de février et mars 2023',
    datePublished: '2023-03-06',
    inLanguage: 'en-GB',
  })
})

describe('talkJsonLd', () => {
  const talk = {
    title: 'Mimir',
    session: {
      title: 'WeShare 2023',
      dates: ['2023-02-06', '2023-03-06'],
      url: 'https://recaps.weshare.example/sessions/x/',
    },
    speakers: [{ name: 'Benoît', url: 'https://recaps.weshare.example/speakers/benoit/' }],
    tags: [{ title: 'Métriques', url: 'https://recaps.weshare.example/tags/metriques/' }],
  }

  test('describes the recap as an Article that is part of its session post', () => {
    expect(talkJsonLd(talk, 'Résumé', 'https://recaps.weshare.example/talks/mimir/', publisher)).toMatchObject({
      '@type': 'Article',
      datePublished: '2023-03-06',
      isPartOf: { '@type': 'BlogPosting', url: 'https://recaps.weshare.example/sessions/x/' },
      mentions: [{ '@type': 'Person', name: 'Benoît' }],
      about: [{ '@type': 'Thing', name: 'Métriques' }],
    })
  })

  test('leaves out the date and the session of a talk no session lists', () => {
    const data = talkJsonLd(
      { ...talk, session: null },
      'Résumé',
      'https://recaps.weshare.example/talks/mimir/',
      publisher,
    )
    expect(data).not.toHaveProperty('datePublished')
    expect(data).not.toHaveProperty('isPartOf')
  })

  test('shows the image the page is shared with', () => {
    const image = 'https://recaps.weshare.example/_images/cards/0123456789abcdef.png'
    const url = 'https://recaps.weshare.example/talks/mimir/'
    expect(talkJsonLd(talk, 'Résumé', url, publisher, image)).toMatchObject({ image })
    expect(talkJsonLd(talk, 'Résumé', url, publisher)).not.toHaveProperty('image')
  })
})
