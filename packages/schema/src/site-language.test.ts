import { expect, test } from 'vitest'
import { localeOf, SITE_LANGUAGES, siteLanguageOf } from './site-language.ts'

test('publishes each site language with a locale of that language', () => {
  for (const language of SITE_LANGUAGES) expect(localeOf(language.value).split('-')[0]).toBe(language.value)
})

test('reads the site language back from a page, French when the page gives none it knows', () => {
  expect([siteLanguageOf('en'), siteLanguageOf('fr-FR'), siteLanguageOf('EN-gb')]).toEqual(['en', 'fr', 'en'])
  expect([siteLanguageOf(''), siteLanguageOf(null), siteLanguageOf('de')]).toEqual(['fr', 'fr', 'fr'])
})

test('refuses a language that is not a site language, naming it', () => {
  expect(() => localeOf('de' as never)).toThrow(/"de" is not a site language \(fr, en\)/)
})
