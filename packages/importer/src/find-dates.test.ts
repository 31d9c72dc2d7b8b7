import { expect, test } from 'vitest'
import { findDates, mentionedMonths } from './find-dates.ts'

test('finds French dates with a day, a month and a year, accents or not', () => {
  expect(findDates('Le WeShare du lundi 6 février 2023, puis celui du 6 mars 2023.')).toEqual([
    '2023-02-06',
    '2023-03-06',
  ])
  expect(findDates('les 1er et 2 fevrier 2024')).toEqual(['2024-02-01', '2024-02-02'])
})

test('finds ISO and day/month/year dates', () => {
  expect(findDates('Journées du 2023-02-06 et du 06/03/2023')).toEqual(['2023-02-06', '2023-03-06'])
})

test('does not take a month without a day for a date', () => {
  expect(findDates('Pour les mois de février et de mars, nous avons eu…')).toEqual([])
  expect(mentionedMonths('Pour les mois de février et de mars')).toEqual(['février', 'mars'])
})

test('ignores days that do not exist', () => {
  expect(findDates('le 31 février 2023 et le 2023-13-01')).toEqual([])
})
