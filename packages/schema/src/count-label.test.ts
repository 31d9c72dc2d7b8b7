import { expect, test } from 'vitest'
import { countLabel, TALK_WORDS } from './count-label.ts'

test('uses the singular for 0 and 1 and the plural from 2, as French does', () => {
  expect([0, 1, 2, 21].map((count) => countLabel(count, TALK_WORDS))).toEqual([
    '0 talk',
    '1 talk',
    '2 talks',
    '21 talks',
  ])
})

test('follows English rules for English words: only 1 is singular', () => {
  const errors = { one: 'error', other: 'errors' }
  expect([0, 1, 2].map((count) => countLabel(count, errors, 'en'))).toEqual(['0 errors', '1 error', '2 errors'])
})
