import { SLUG_PATTERN } from '@weshare/schema'
import { describe, expect, test } from 'vitest'
import { SLUG_MAX_LENGTH, slugify } from './slugify.ts'

describe('slugify', () => {
  test('folds French accents and lowercases the title', () => {
    expect(slugify('Évènement à Nantes : Kafka & Kubernetes')).toBe('evenement-a-nantes-kafka-kubernetes')
  })

  test('spells out ligatures that have no accent to strip', () => {
    expect(slugify('Le cœur de l’Œuvre')).toBe('le-coeur-de-l-oeuvre')
  })

  test('never starts or ends with a hyphen nor repeats one', () => {
    expect(slugify('  --Retour d’expérience !! (REX)  ')).toBe('retour-d-experience-rex')
  })

  test(`cuts long titles after a whole word, within ${SLUG_MAX_LENGTH} characters`, () => {
    const uncut = 'une-histoire-de-la-supervision-'.repeat(6).replace(/-$/, '')
    const slug = slugify('Une histoire de la supervision '.repeat(6))
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
    expect(uncut.startsWith(`${slug}-`)).toBe(true)
  })

  test('produces slugs the site accepts', () => {
    for (const title of ['Quickie : GitOps', 'Ça marche en prod ?', 'Hands-on Terraform 1.9', 'x'.repeat(200)]) {
      expect(slugify(title)).toMatch(SLUG_PATTERN)
    }
  })
})
