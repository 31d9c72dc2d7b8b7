import { describe, expect, test } from 'vitest'
import { IMAGE_ROLES, ROLES, widthsFor } from './roles.ts'

describe('widthsFor', () => {
  test.each(IMAGE_ROLES)('offers every width of %s to a source wider than all of them', (role) => {
    expect(widthsFor(role, 5000)).toEqual(ROLES[role].widths)
  })

  test.each(IMAGE_ROLES)('never offers %s wider than its source', (role) => {
    for (const available of [1, 47, 100, 500, 700, 1300]) {
      const widths = widthsFor(role, available)
      expect(Math.max(...widths)).toBe(Math.min(available, ROLES[role].widths.at(-1)!))
      expect(widths).toEqual([...widths].sort((a, b) => a - b))
    }
  })

  test('offers the source width itself when it falls between two widths', () => {
    expect(widthsFor('figure', 500)).toEqual([360, 480, 500])
  })
})

describe('ROLES', () => {
  test('frames avatars as squares', () => {
    expect(ROLES.avatar.aspectRatio).toBe(1)
    expect(ROLES['avatar-small'].aspectRatio).toBe(1)
  })

  test.each(IMAGE_ROLES)('states a display width of %s that is one of its widths', (role) => {
    expect(ROLES[role].widths).toContain(ROLES[role].displayWidth)
  })
})
