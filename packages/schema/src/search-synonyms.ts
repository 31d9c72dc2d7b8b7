import { foldAccents } from './fold-accents.ts'

/** Forms that readers type for the same thing, such as an acronym and what it stands for. */
export type SynonymGroup = readonly [string, string, ...string[]]

/**
 * The synonyms of search, in one place. Pagefind has no synonym feature, so the site applies this
 * list when it builds: a page whose text uses any form of a group also gets the other forms as
 * indexed text that readers do not see, and a search for either form finds it.
 *
 * A form written in capitals only ("IA", "REX") is an acronym and matches with that case only, so
 * that "ia" in "via" or "rex" in a name never counts; other forms match whatever the case, accents
 * and plural ("retours d'experience" is "retour d'expérience"). Rebuild the site after an edit.
 */
export const SEARCH_SYNONYMS: readonly SynonymGroup[] = [
  ['Kubernetes', 'k8s'],
  ['REX', "retour d'expérience"],
  ['IaC', 'infrastructure as code'],
  ['IA', 'intelligence artificielle'],
  ['SRE', 'site reliability engineering'],
  ['CI', 'intégration continue'],
  ['CD', 'déploiement continu', 'livraison continue'],
  ['DDD', 'domain-driven design'],
  ['ACV', 'analyse du cycle de vie'],
  ['GES', 'gaz à effet de serre'],
  ['CNI', 'container network interface'],
  ['CNCF', 'Cloud Native Computing Foundation'],
  ['SLO', 'service level objective'],
  ['SLI', 'service level indicator'],
  ['SLA', 'service level agreement'],
  ['AWS', 'Amazon Web Services'],
  ['EKS', 'Elastic Kubernetes Service'],
  ['SSH', 'Secure Shell'],
  ['VS Code', 'Visual Studio Code'],
  ['Green IT', 'numérique responsable'],
]

const isAcronym = (form: string) => !/\p{Ll}/u.test(form)

/** A pattern that finds `form` as whole words: never inside a longer word, each word maybe plural. */
function formPattern(form: string): RegExp {
  const acronym = isAcronym(form)
  const words = foldAccents(form)
    .split(/[\s-]+/)
    .map((word) => `${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|x)?`)
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu')
}

interface FormMatcher {
  /** A word of the form, lowercase unless an acronym: the text cannot hold the form without it. */
  needle: string
  acronym: boolean
  pattern: RegExp
}

const matchers = new Map<string, FormMatcher>()
/** Whether `form` occurs in `foldedText`; `lowerText` is the same text in lowercase. */
function occurs(form: string, foldedText: string, lowerText: string): boolean {
  let matcher = matchers.get(form)
  if (!matcher) {
    const acronym = isAcronym(form)
    const word = foldAccents(form).split(/[\s-]+/)[0] ?? ''
    matcher = { needle: acronym ? word : word.toLowerCase(), acronym, pattern: formPattern(form) }
    matchers.set(form, matcher)
  }
  // A substring check first: most forms are absent from most pages, and the pattern is slower.
  if (!(matcher.acronym ? foldedText : lowerText).includes(matcher.needle)) return false
  return matcher.pattern.test(foldedText)
}

/**
 * The forms to add to the indexed text of a page so that every synonym finds it: for each group
 * that `text` uses, the forms it does not use yet. Empty when the text uses no group.
 */
export function missingSynonyms(text: string, groups: readonly SynonymGroup[] = SEARCH_SYNONYMS): string[] {
  const folded = foldAccents(text)
  const lower = folded.toLowerCase()
  const missing: string[] = []
  for (const group of groups) {
    const absent = group.filter((form) => !occurs(form, folded, lower))
    if (absent.length < group.length) missing.push(...absent)
  }
  return missing
}
