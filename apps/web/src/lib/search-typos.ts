/*
 * Typo tolerance for search, the part shared by the build (which writes the vocabulary) and the
 * browser (which reads it when a query finds nothing). Pagefind has no typo tolerance
 * (https://github.com/Pagefind/pagefind/issues/2): a query with one letter missing, doubled,
 * swapped or wrong finds nothing. The build lists the words of the indexed pages with the number
 * of pages each is on; a typed word that is not among them is compared with those of about its length.
 * No dependency: the browser bundle carries this file.
 */

/** Where the vocabulary files are served, one per word length: `<length>.txt`. */
export const VOCABULARY_DIR = 'search/vocabulary'
export const VOCABULARY_URL = `/${VOCABULARY_DIR}/`

/** Words this long and longer share one file. */
export const LONGEST_BUCKET = 16

/**
 * A query that finds fewer pages than this is looked at for typos; one that finds more is left
 * alone, and costs nothing more. Only its words that are not in the index are corrected.
 */
export const FEW_RESULTS = 3

/** A word of the vocabulary. */
export interface VocabularyWord {
  /** As the pages spell it, lowercased: what a correction shows and searches. */
  form: string
  /** Lowercased, accents removed: what typed words are compared with. */
  key: string
  /** Pages holding a word of the same French stem: what Pagefind finds for it. */
  pages: number
  /** Words of one stem share this number: Pagefind finds the same pages for them. */
  stem: number
  /** Part of a speaker's name: a capitalised typed word equal to it is a name, never corrected. */
  speaker: boolean
}

/** Lowercase, without accents or ligatures: "Évènement" → "evenement", "cœur" → "coeur". */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae')
}

/**
 * The words of a text as search sees them: letters and digits, with inner apostrophes and hyphens
 * splitting words as Pagefind splits them ("l'observabilité" → "l", "observabilité").
 */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? []
}

/** The file a word of this many letters is in. */
export function bucketOf(length: number): number {
  return Math.min(length, LONGEST_BUCKET)
}

/**
 * How many edits a correction of `word` may make: none under three letters (too many words are one
 * edit apart), one up to four letters, two from five.
 */
export function maxEdits(word: string): 0 | 1 | 2 {
  const length = [...word].length
  return length < 3 ? 0 : length < 5 ? 1 : 2
}

/** The files to read for a word: the lengths a correction may have. */
export function bucketsFor(key: string): number[] {
  const length = [...key].length
  const edits = maxEdits(key)
  const buckets = new Set<number>()
  for (let other = Math.max(1, length - edits); other <= length + edits; other += 1) buckets.add(bucketOf(other))
  return [...buckets]
}

/**
 * Edits between two words (insertion, deletion, substitution, and two neighbours swapped counted
 * as one: the optimal string alignment distance), or `max + 1` as soon as it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  let current = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i
    let rowBest = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      rowBest = Math.min(rowBest, value)
    }
    if (rowBest > max) return max + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length]!
}

/** One line per word, most frequent first: `form pages stem`, and ` s` for a part of a speaker's name. */
export function writeBucket(words: readonly VocabularyWord[]): string {
  return words
    .toSorted((a, b) => b.pages - a.pages || a.form.localeCompare(b.form))
    .map((word) => `${word.form} ${word.pages} ${word.stem}${word.speaker ? ' s' : ''}\n`)
    .join('')
}

export function readBucket(text: string): VocabularyWord[] {
  const words: VocabularyWord[] = []
  for (const line of text.split('\n')) {
    const [form, pages, stem, flag] = line.split(' ')
    if (!form || !pages || !stem) continue
    words.push({ form, key: foldWord(form), pages: Number(pages), stem: Number(stem), speaker: flag === 's' })
  }
  return words
}

/**
 * Whether a word may be corrected at all: not a number, not shorter than three letters, and not a
 * capitalised name that a speaker bears (`speakerKeys`, folded).
 */
export function isCorrectable(word: string, speakerKeys: ReadonlySet<string>): boolean {
  if (maxEdits(word) === 0 || /\p{N}/u.test(word)) return false
  const capitalised = /^\p{Lu}/u.test(word)
  return !(capitalised && speakerKeys.has(foldWord(word)))
}

export interface Candidate {
  word: VocabularyWord
  edits: number
  sameFirstLetter: boolean
}

/**
 * The words of `vocabulary` a correction of `typed` may be, best first: fewest edits, then sharing
 * the first letter, then on most pages. One per stem, since words of a stem find the same pages.
 */
export function candidatesFor(typed: string, vocabulary: readonly VocabularyWord[]): Candidate[] {
  const key = foldWord(typed)
  const max = maxEdits(key)
  const byStem = new Map<number, Candidate>()
  for (const word of vocabulary) {
    if (word.key === key) return []
    const edits = editDistance(key, word.key, max)
    if (edits > max) continue
    const candidate = { word, edits, sameFirstLetter: word.key[0] === key[0] }
    const known = byStem.get(word.stem)
    if (!known || better(candidate, known) < 0) byStem.set(word.stem, candidate)
  }
  return [...byStem.values()].sort(better)
}

function better(a: Candidate, b: Candidate): number {
  return (
    a.edits - b.edits ||
    Number(b.sameFirstLetter) - Number(a.sameFirstLetter) ||
    b.word.pages - a.word.pages ||
    a.word.form.localeCompare(b.word.form)
  )
}

/** How many times more pages the first candidate must be on than the second to be clearly best. */
const CLEAR_LEAD = 4
/** Suggestions offered when none is clearly best. */
const MAX_CHOICES = 3

export type Decision = { kind: 'none' } | { kind: 'correct'; form: string } | { kind: 'choose'; forms: string[] }

/**
 * What to do with the candidates of a word: nothing, search the clearly best one at once, or offer
 * a few. The first is clearly best when it needs fewer edits than the others, or as many but it
 * alone shares the first letter, or it is on CLEAR_LEAD times more pages.
 */
export function decide(candidates: readonly Candidate[]): Decision {
  const [first, second] = candidates
  if (!first) return { kind: 'none' }
  if (
    !second ||
    first.edits < second.edits ||
    (first.sameFirstLetter && !second.sameFirstLetter) ||
    first.word.pages >= CLEAR_LEAD * second.word.pages
  ) {
    return { kind: 'correct', form: first.word.form }
  }
  return { kind: 'choose', forms: candidates.slice(0, MAX_CHOICES).map((candidate) => candidate.word.form) }
}

/** `query` with the word at `index` (its place among wordsOf(query)) replaced by `form`. */
export function replaceWord(query: string, index: number, form: string): string {
  let seen = -1
  return query.replace(/[\p{L}\p{N}]+/gu, (word) => ((seen += 1) === index ? form : word))
}

/**
 * `?exact=1` on /recherche/: the reader asked for the typed words as they are, not corrected. Kept
 * beside the search state (search-state.ts) rather than in it: only the typed words carry it.
 */
export const LITERAL_PARAM = 'exact'

export function readLiteral(search: string): boolean {
  return new URLSearchParams(search).get(LITERAL_PARAM) === '1'
}

/** A query string of writeSearchState() with `exact=1` added when `literal`. */
export function withLiteral(queryString: string, literal: boolean): string {
  if (!literal) return queryString
  return `${queryString}${queryString ? '&' : '?'}${LITERAL_PARAM}=1`
}
