import { describe, expect, test } from 'vitest'
import { TALK_FORMATS } from '@weshare/schema'
import { facetLabels, speakerLabels } from './search-facets.ts'

describe('labels of the facet panel', () => {
  test('lists formats with their labels in the order of the one list of formats', () => {
    const labels = facetLabels({ topics: [], speakers: [], editions: [] })
    expect(labels.format).toEqual(TALK_FORMATS.map((format) => [format.value, format.label]))
  })

  test('tells apart two speakers who share a name by their first talk, or their slug without one', () => {
    const labels = speakerLabels([
      { slug: 'stephane-kafka', name: 'Stéphane', talks: [{ title: 'Kafka expliqué au Grumpy Cat' }] },
      { slug: 'akram', name: 'Akram', talks: [] },
      { slug: 'stephane-iac', name: 'Stéphane', talks: [{ title: 'Pulumi - Infra as true Code' }] },
      { slug: 'stephane-3', name: 'Stéphane', talks: [] },
    ])
    expect(labels).toEqual([
      ['akram', 'Akram'],
      ['stephane-kafka', 'Stéphane (Kafka expliqué au Grumpy Cat)'],
      ['stephane-iac', 'Stéphane (Pulumi - Infra as true Code)'],
      ['stephane-3', 'Stéphane (stephane-3)'],
    ])
  })

  test('sorts topics alphabetically the French way and editions newest first', () => {
    const labels = facetLabels({
      topics: [
        { slug: 'securite', title: 'Sécurité' },
        { slug: 'reseau', title: 'Réseau' },
        { slug: 'ia', title: 'IA' },
      ],
      speakers: [],
      editions: [
        { slug: 'janvier', title: 'Janvier', dates: ['2023-01-09'] },
        { slug: 'fevrier-mars', title: 'Février et mars', dates: ['2023-02-06', '2023-03-06'] },
      ],
    })
    expect(labels.tag.map(([slug]) => slug)).toEqual(['ia', 'reseau', 'securite'])
    expect(labels.edition.map(([slug]) => slug)).toEqual(['fevrier-mars', 'janvier'])
  })
})
