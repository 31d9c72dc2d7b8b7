import { localeOf, type SiteLanguage } from './site-language.ts'

/** The singular and plural of a word: `{ one: 'talk', other: 'talks' }`. */
export interface Words {
  one: string
  other: string
}

const rules = new Map<SiteLanguage, Intl.PluralRules>()

/**
 * "1 talk", "21 talks": a count with the word that agrees with it. French puts 0 and 1 in the
 * singular ("0 talk"), English only 1 ("0 errors"); PluralRules knows both. French by default, the
 * language of the site's interface and of editor messages; English for developers' logs.
 */
export function countLabel(count: number, words: Words, language: SiteLanguage = 'fr'): string {
  let rule = rules.get(language)
  if (!rule) {
    rule = new Intl.PluralRules(localeOf(language))
    rules.set(language, rule)
  }
  return `${count} ${rule.select(count) === 'one' ? words.one : words.other}`
}

export const TALK_WORDS = { one: 'talk', other: 'talks' } as const satisfies Words
