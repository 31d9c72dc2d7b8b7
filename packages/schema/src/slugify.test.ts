import { SLUG_PATTERN } from './slug.ts'
import { describe, expect, test } from 'vitest'
import { SLUG_MAX_LENGTH, slugify } from './slugify.ts'

describe('slugify', () => {
  test('folds French accents and lowercases the title', () => {
    expect(slugify('Introduction aux tempêtes d’évènements')).toBe('introduction-aux-tempetes-d-evenements')
  })

  test('spells out ligatures that have no accent to strip', () => {
    expect(slugify('Le cœur de l’Œuvre')).toBe('le-coeur-de-l-oeuvre')
  })

  test('turns punctuation into single hyphens, never at either end', () => {
    expect(slugify('Flux ou ArgoCD ? Lequel choisir ?')).toBe('flux-ou-argocd-lequel-choisir')
    expect(slugify("Wayland : vous n'êtes pas prêt !")).toBe('wayland-vous-n-etes-pas-pret')
  })

  test(`cuts long titles after a whole word, within ${SLUG_MAX_LENGTH} characters`, () => {
    const slug = slugify('Une histoire de la supervision '.repeat(6))
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
    expect('une-histoire-de-la-supervision-'.repeat(6).startsWith(`${slug}-`)).toBe(true)
  })

  test('produces slugs the site accepts', () => {
    for (const title of ['Quickie : GitOps', 'Ça marche en prod ?', 'Gérôme', 'Charles-Alban', 'x'.repeat(200)]) {
      expect(slugify(title)).toMatch(SLUG_PATTERN)
    }
  })
})
