import { describe, expect, test } from 'vitest'
import { hookTargets } from './hook-targets.ts'

describe('the sites a webhook rebuilds', () => {
  test('are both for a published document, the public site first', () => {
    expect(hookTargets('talk-kafka', undefined)).toBe('public-and-preview')
  })

  test('are the preview alone for a draft', () => {
    expect(hookTargets('drafts.talk-kafka', undefined)).toBe('preview')
  })

  test("are the preview for the shown release's versions, and none for another release", () => {
    expect(hookTargets('versions.rentree.talk-kafka', 'rentree')).toBe('preview')
    expect(hookTargets('versions.noel.talk-kafka', 'rentree')).toBe('none')
    expect(hookTargets('versions.rentree.talk-kafka', undefined)).toBe('none')
    expect(hookTargets('versions.rentree-2.talk-kafka', 'rentree')).toBe('none')
  })
})
