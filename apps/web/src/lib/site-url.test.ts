import { describe, expect, test } from 'vitest'
import { chooseSiteUrl } from './site-url.ts'

describe('chooseSiteUrl', () => {
  test('uses the address editors gave in the site settings', () => {
    expect(chooseSiteUrl(undefined, 'https://recaps.example.org')).toEqual({
      url: 'https://recaps.example.org/',
      message: 'Site URL: https://recaps.example.org/ from the site settings.',
    })
  })

  test('lets SITE_URL override the settings for one deployment, and says so', () => {
    expect(chooseSiteUrl('https://staging.recaps.example', 'https://recaps.example.org/')).toEqual({
      url: 'https://staging.recaps.example/',
      message:
        "Site URL: https://staging.recaps.example/ from SITE_URL, which overrides the site settings' https://recaps.example.org/ for this build.",
    })
  })

  test('says when SITE_URL gives the same address as the settings', () => {
    expect(chooseSiteUrl('https://recaps.example.org', 'https://recaps.example.org/').message).toBe(
      'Site URL: https://recaps.example.org/ (SITE_URL, the same as the site settings).',
    )
  })

  test('leaves the site without address when the settings give none, for the content check to report', () => {
    expect(chooseSiteUrl(undefined, undefined).url).toBeUndefined()
    expect(chooseSiteUrl(undefined, 'ftp://recaps.example.org').url).toBeUndefined()
  })

  test('neither uses nor prints a settings address that holds a password', () => {
    const choice = chooseSiteUrl(undefined, 'https://equipe:secret@recaps.example.org/')
    expect(choice.url).toBeUndefined()
    expect(choice.message).not.toContain('secret')
  })
})
