import { describe, expect, test } from 'vitest'
import { foldAccents } from './fold-accents.ts'
import { missingSynonyms, SEARCH_SYNONYMS } from './search-synonyms.ts'

describe('search synonyms', () => {
  test('adds Kubernetes to a text that only says k8s, and k8s to one that only says Kubernetes', () => {
    expect(missingSynonyms('Installer Falco sur un cluster k8s.')).toEqual(['Kubernetes'])
    expect(missingSynonyms('Docker Compose face à Kubernetes.')).toEqual(['k8s'])
  })

  test('adds nothing when the text uses no form of any group, or already uses every form of one', () => {
    expect(missingSynonyms('Un outil de terminal distant.')).toEqual([])
    expect(missingSynonyms('Kubernetes, ou k8s pour les intimes.')).toEqual([])
  })

  test('adds every other form of a group of three', () => {
    expect(missingSynonyms('Découpler la CD du reste.')).toEqual(['déploiement continu', 'livraison continue'])
  })

  test('finds a phrase whatever its accents, capitals, apostrophe and plural', () => {
    expect(missingSynonyms('Deux retours d’experience')).toEqual(['REX'])
    expect(missingSynonyms("L'Analyse du Cycle de Vie d'un produit")).toEqual(['ACV'])
    expect(missingSynonyms('une approche Domain Driven Design')).toEqual(['DDD'])
  })

  test('matches an acronym only in capitals and only as a whole word', () => {
    expect(missingSynonyms('Passer via un proxy, relire le code source')).toEqual([])
    expect(missingSynonyms('Le rex de Guillaume')).toEqual([])
    expect(missingSynonyms('Des modèles IA en production')).toEqual(['intelligence artificielle'])
    expect(missingSynonyms('Une pipeline CI/CD')).toEqual([
      'intégration continue',
      'déploiement continu',
      'livraison continue',
    ])
  })

  test('keeps each group distinct: at least two forms, and no form in two groups', () => {
    const seen = new Map<string, number>()
    for (const [index, group] of SEARCH_SYNONYMS.entries()) {
      expect(new Set(group.map((form) => foldAccents(form).toLowerCase())).size, `group ${group.join(' / ')}`).toBe(
        group.length,
      )
      for (const form of group) {
        const key = foldAccents(form).toLowerCase()
        expect(seen.get(key), `"${form}" is in two groups`).toBeUndefined()
        seen.set(key, index)
      }
    }
  })
})
