import { describe, expect, test } from 'vitest'
import { siteUrlFromEnv } from './site-url.ts'

describe('siteUrlFromEnv', () => {
  test('leaves the choice to the site settings when SITE_URL is not set', () => {
    expect(siteUrlFromEnv({})).toBeUndefined()
  })

  test('returns the address without the spaces around it', () => {
    expect(siteUrlFromEnv({ SITE_URL: ' https://staging.recaps.example ' })).toBe('https://staging.recaps.example')
  })

  test('refuses a SITE_URL set but empty, the shape of a missing CI secret', () => {
    expect(() => siteUrlFromEnv({ SITE_URL: '  ' })).toThrow(/^SITE_URL is set but empty\. Set it to the address/)
  })

  test('refuses a value that is not an absolute address, naming it', () => {
    expect(() => siteUrlFromEnv({ SITE_URL: 'recaps.example.org' })).toThrow(
      /^SITE_URL="recaps\.example\.org" is not an absolute address/,
    )
  })

  test('refuses an address that is not http(s)', () => {
    expect(() => siteUrlFromEnv({ SITE_URL: 'javascript:alert(1)' })).toThrow(/is a javascript: address, not http\(s\)/)
  })

  test('refuses credentials without printing them', () => {
    expect(() => siteUrlFromEnv({ SITE_URL: 'https://moi:s3cret@recaps.example' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret') }),
    )
  })

  test('refuses a query or a fragment', () => {
    expect(() => siteUrlFromEnv({ SITE_URL: 'https://recaps.example/?x=1' })).toThrow(/has a query or a fragment/)
  })
})
