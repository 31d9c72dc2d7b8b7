import { describe, expect, test } from 'vitest'
import { TALK_CHOICE_FIELDS, TALK_FORMATS } from '@weshare/schema'
import { FACETS, facetPanel, speakerLabels, type Facet } from './search-facets.ts'

const valuesOf = (panel: ReturnType<typeof facetPanel>, facet: Facet) =>
  panel.find((entry) => entry.facet === facet)?.values

describe('the facet panel', () => {
  test('offers each field picked from a list, format first, then tags, speakers and sessions', () => {
    const panel = facetPanel({ tags: [], speakers: [], sessions: [] })
    expect(panel.map((entry) => entry.facet)).toEqual([
      ...TALK_CHOICE_FIELDS.map((field) => field.name),
      'tag',
      'speaker',
      'session',
    ])
    expect(panel.map((entry) => entry.facet)).toEqual(FACETS)
    expect(FACETS[0]).toBe('format')
  })

  test('titles each choice facet as its field and lists its values in the order of its list', () => {
    const panel = facetPanel({ tags: [], speakers: [], sessions: [] })
    for (const field of TALK_CHOICE_FIELDS) {
      const entry = panel.find((candidate) => candidate.facet === field.name)
      expect(entry?.legend, field.name).toBe(field.title)
      expect(entry?.values, field.name).toEqual(field.choices.map((choice) => [choice.value, choice.label]))
    }
    expect(valuesOf(panel, 'format')).toEqual(TALK_FORMATS.map((format) => [format.value, format.label]))
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

  test('sorts tags alphabetically the French way and sessions newest first', () => {
    const panel = facetPanel({
      tags: [
        { slug: 'securite', title: 'Sécurité' },
        { slug: 'reseau', title: 'Réseau' },
        { slug: 'ia', title: 'IA' },
      ],
      speakers: [],
      sessions: [
        { slug: 'janvier', title: 'Janvier', dates: ['2023-01-09'] },
        { slug: 'fevrier-mars', title: 'Février et mars', dates: ['2023-02-06', '2023-03-06'] },
      ],
    })
    expect(valuesOf(panel, 'tag')?.map(([slug]) => slug)).toEqual(['ia', 'reseau', 'securite'])
    expect(valuesOf(panel, 'session')?.map(([slug]) => slug)).toEqual(['fevrier-mars', 'janvier'])
  })
})
