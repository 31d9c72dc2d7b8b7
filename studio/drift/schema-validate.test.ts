import { describe, expect, test } from 'vitest'
import { sanity } from './sanity-cli.ts'

describe('the Studio schema', () => {
  test('passes `sanity schema validate` with no error and no warning', { timeout: 120_000 }, () => {
    const problems = JSON.parse(sanity(['schema', 'validate', '--format', 'json', '--level', 'warning'])) as unknown[]
    expect(problems).toEqual([])
  })
})
