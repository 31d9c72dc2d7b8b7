// French puts 0 and 1 in the singular ("0 talk", "1 talk", "2 talks"), which PluralRules knows.
const rules = new Intl.PluralRules('fr-FR')

/** "1 talk", "21 talks": a count with the word that agrees with it. */
export function countLabel(count: number, words: { one: string; other: string }): string {
  return `${count} ${rules.select(count) === 'one' ? words.one : words.other}`
}

export const TALK_WORDS = { one: 'talk', other: 'talks' } as const
