import { describe, expect, test } from 'vitest'
import { integrityProblems } from './integrity.ts'

describe('integrityProblems', () => {
  test('refuses a second site settings document, which the site would silently ignore', () => {
    const problems = integrityProblems([
      { _id: 'siteSettings', _type: 'siteSettings' },
      { _id: 'siteSettings-old', _type: 'siteSettings' },
    ])
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        subject: expect.objectContaining({ id: 'siteSettings-old' }),
        message: expect.stringMatching(/^un second document de réglages du site \(id siteSettings-old\)/),
      }),
    ])
  })
})
