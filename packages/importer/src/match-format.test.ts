import { expect, test } from 'vitest'
import { isContentsHeading, matchFormat } from './match-format.ts'

test('recognises each format by its label or heading, in any case, with or without accents or plural', () => {
  expect(matchFormat('Quickie')).toBe('quickie')
  expect(matchFormat('QUICKIES')).toBe('quickie')
  expect(matchFormat('REXs')).toBe('rex')
  expect(matchFormat('Rex')).toBe('rex')
  expect(matchFormat('Tools in Action')).toBe('tools-in-action')
  expect(matchFormat('Tool in action')).toBe('tools-in-action')
  expect(matchFormat('Conférences')).toBe('conference')
  expect(matchFormat('conference :')).toBe('conference')
  expect(matchFormat('Hands-on')).toBe('hands-on')
  expect(matchFormat('Hands on')).toBe('hands-on')
})

test('does not take a talk title that contains a format name for a format heading', () => {
  expect(matchFormat('Un REX sur Kafka')).toBeUndefined()
  expect(matchFormat('Démonstrations')).toBeUndefined()
})

test('recognises the table of contents heading', () => {
  expect(isContentsHeading('Sommaire')).toBe(true)
  expect(isContentsHeading('Sommaire :')).toBe(true)
  expect(isContentsHeading('Sommaire des talks')).toBe(false)
})
