import { expect, test } from 'vitest'
import { findTags } from './find-tags.ts'

const titles = (text: string) => findTags(text).map((tag) => tag.title)

test('finds known tags whatever the accents and case of lowercase keywords', () => {
  expect(titles('La SECURITE des clusters et l’observabilité')).toEqual(['Sécurité', 'Observabilité'])
  expect(titles('Un cluster kubernetes (k8s) et du Data Mesh')).toEqual(['Kubernetes', 'Data Mesh'])
})

test('matches acronyms only as written and as whole words', () => {
  expect(titles('Le rôle de SRE et la CI/CD')).toEqual(['SRE', 'CI/CD'])
  expect(titles('Une via ferrata, un sire, un circleci, voir ci-dessous')).toEqual([])
  expect(titles('Mettre en production un modèle IA')).toEqual(['IA'])
})
