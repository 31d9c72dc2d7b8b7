import { expect, test } from 'vitest'
import { findSpeakers } from './find-speakers.ts'
import type { OutlineTalk } from './outline.ts'

function talk(...paragraphs: string[]): OutlineTalk {
  return {
    title: 'Un talk',
    line: 1,
    paragraphs: paragraphs.map((text) => ({ kind: 'text', line: 1, style: 'normal', spans: [{ text, marks: [] }] })),
  }
}

test('finds a first name used as the subject of a presenting verb', () => {
  expect(findSpeakers(talk('Après un audit, Benoît a participé à la gestion de crise.'))).toEqual(['Benoît'])
  expect(findSpeakers(talk('Guillaume nous pose alors la question.'))).toEqual(['Guillaume'])
  expect(findSpeakers(talk('Dans un slot que seul Lilian sait nous apporter, on aborde la Livebox.'))).toEqual([
    'Lilian',
  ])
  expect(findSpeakers(talk('Au travers du conte pour enfants, Jérôme revisite Boucle d’or.'))).toEqual(['Jérôme'])
  expect(findSpeakers(talk('Gérôme nous a fait une introduction sur les ACV.'))).toEqual(['Gérôme'])
})

test('finds every first name listed with « et » before the verb, hyphenated or accented', () => {
  expect(findSpeakers(talk('Jean-Pascal et Damien nous proposent de revenir sur le SRE.'))).toEqual([
    'Jean-Pascal',
    'Damien',
  ])
  expect(findSpeakers(talk('Comme Joachim et Stéphane le mentionnent, Kafka est partout.'))).toEqual([
    'Joachim',
    'Stéphane',
  ])
  expect(findSpeakers(talk('C’est ce dont Charles-Alban et Ismaël nous font la démonstration.'))).toEqual([
    'Charles-Alban',
    'Ismaël',
  ])
  expect(findSpeakers(talk('Aurélien, Rémi et Antoine nous présentent leur projet.'))).toEqual([
    'Aurélien',
    'Rémi',
    'Antoine',
  ])
})

test('does not take a person named in full for a speaker', () => {
  expect(
    findSpeakers(talk('Le terme a été initié par Zhamak Dehghani. Alberto Brandolini présente l’Event Storming.')),
  ).toEqual([])
  expect(findSpeakers(talk('Ismaël échange avec Yoann Benoit, CTO chez Hymaïa.'))).toEqual([])
})

test('does not take products, sentence words or words of the title for speakers', () => {
  expect(
    findSpeakers(talk('Thanos vous permet de faire du downsampling. Vector propose des transformations.')),
  ).toEqual([])
  expect(findSpeakers(talk('Il nous présente Pulumi. Se pose donc la question du choix.'))).toEqual([])
  expect(findSpeakers({ ...talk('Nestor présente ses nouveautés.'), title: 'Nestor 2.0' })).toEqual([])
})

test('only a name right before the verb is the subject, not one separated by a comma', () => {
  expect(findSpeakers(talk('Dans ce Tool in Action, David présente la solution.'))).toEqual(['David'])
})

test('looks for speakers in the first paragraphs only, where recaps introduce them', () => {
  expect(findSpeakers(talk('Un.', 'Deux.', 'Trois.', 'Paul nous présente un podcast.'))).toEqual([])
  expect(findSpeakers(talk('Wayland est stable.', 'Olivier nous explique tout.'))).toEqual(['Olivier'])
})
