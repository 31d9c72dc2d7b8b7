import { expect, test } from 'vitest'
import { assertSocialCard, type SocialCard } from './card.ts'

const card: SocialCard = {
  title: 'Observabilité sans douleur',
  kind: 'Quickie',
  speakers: ['Noémie Garnier'],
  date: 'vendredi 2 juin 2023',
  siteName: 'WeShare',
}

test('accepts a session card without speakers nor date', () => {
  expect(() => assertSocialCard({ ...card, kind: 'Édition', speakers: [], date: '' })).not.toThrow()
})

test('refuses an empty title or site name, naming the card and the field', () => {
  expect(() => assertSocialCard({ ...card, title: ' ' })).toThrow(/social card of " ": title is empty/)
  expect(() => assertSocialCard({ ...card, siteName: '' })).toThrow(/"Observabilité sans douleur": siteName is empty/)
})

test('refuses a field that is not text, saying what it is', () => {
  const date = new Date(2023, 5, 2) as unknown as string
  expect(() => assertSocialCard({ ...card, date })).toThrow(/date is an object, not a text/)
  expect(() => assertSocialCard({ ...card, kind: undefined as unknown as string })).toThrow(/kind is undefined/)
})

test('refuses speakers that are not a list of names, pointing at the bad one', () => {
  expect(() => assertSocialCard({ ...card, speakers: 'Noémie Garnier' as unknown as string[] })).toThrow(
    /speakers is "Noémie Garnier", not a list/,
  )
  expect(() => assertSocialCard({ ...card, speakers: ['Noémie Garnier', ''] })).toThrow(/speakers\[1\] is ""/)
  expect(() => assertSocialCard({ ...card, speakers: ['Noémie Garnier', 42 as unknown as string] })).toThrow(
    /speakers\[1\] is number 42/,
  )
})
