import {
  bucketsFor,
  candidatesFor,
  decide,
  FEW_RESULTS,
  foldWord,
  isCorrectable,
  readBucket,
  replaceWord,
  VOCABULARY_URL,
  wordsOf,
  type VocabularyWord,
} from '../../lib/search-typos.ts'
import type { Pagefind, PagefindResponse, PagefindSearchOptions } from './pagefind.ts'

/*
 * "Vouliez-vous dire ?" for both search surfaces. Asked only when a query found fewer than
 * FEW_RESULTS pages: a query with results loads nothing more. The vocabulary files of the lengths
 * a correction may have are fetched then, once each.
 */

const buckets = new Map<number, Promise<VocabularyWord[]>>()

function bucket(length: number): Promise<VocabularyWord[]> {
  let pending = buckets.get(length)
  if (!pending) {
    pending = fetch(`${VOCABULARY_URL}${length}.txt`).then(async (response) => {
      if (!response.ok) throw new Error(`${VOCABULARY_URL}${length}.txt answered HTTP ${response.status}.`)
      return readBucket(await response.text())
    })
    // A failed file is asked for again next time.
    pending.catch(() => buckets.delete(length))
    buckets.set(length, pending)
  }
  return pending
}

export type Correction =
  /** `query` was searched in place of the typed words; `response` is what it found. */
  | { kind: 'corrected'; typed: string; query: string; response: PagefindResponse }
  /** Queries that find pages, for the reader to pick from. */
  | { kind: 'choices'; typed: string; queries: string[] }

/**
 * The correction of `typed`, whose search with `options` gave `response`, or undefined when there
 * is nothing to correct: enough results, every word in the index, or no close word.
 */
export async function correctQuery(
  pagefind: Pagefind,
  typed: string,
  response: PagefindResponse,
  options: PagefindSearchOptions = {},
): Promise<Correction | undefined> {
  if (response.results.length >= FEW_RESULTS) return undefined
  const words = wordsOf(typed)
  const lengths = new Set(words.flatMap((word) => bucketsFor(foldWord(word))))
  if (lengths.size === 0) return undefined
  const vocabulary = (await Promise.all([...lengths].map(bucket))).flat()
  const known = new Set(vocabulary.map((word) => word.key))
  const speakerKeys = new Set(vocabulary.filter((word) => word.speaker).map((word) => word.key))

  // A word of the index is never corrected, however rare: only the others are looked at.
  let corrected = typed
  const choices: string[] = []
  words.forEach((word, index) => {
    if (known.has(foldWord(word)) || !isCorrectable(word, speakerKeys)) return
    const decision = decide(candidatesFor(word, vocabulary))
    if (decision.kind === 'correct') corrected = replaceWord(corrected, index, decision.form)
    else if (decision.kind === 'choose') choices.push(...decision.forms.map((form) => replaceWord(typed, index, form)))
  })

  // Pagefind may match a word it does not know with a close one, right or wrong: the correction is
  // said, and its results shown, whenever it finds pages.
  if (corrected !== typed) {
    const found = await pagefind.search(corrected, options)
    if (found.results.length > 0) return { kind: 'corrected', typed, query: corrected, response: found }
  }
  const offered = await Promise.all(
    choices.map(async (query) => ({ query, found: await pagefind.search(query, options) })),
  )
  const queries = offered.filter(({ found }) => found.results.length > 0).map(({ query }) => query)
  return queries.length > 0 ? { kind: 'choices', typed, queries } : undefined
}

/** The words the live region says after the count: « (au lieu de « kuberntes ») ». */
export function correctionAnnouncement(correction: Correction | undefined): string {
  if (!correction) return ''
  return correction.kind === 'corrected'
    ? ` Recherche corrigée : « ${correction.query} » au lieu de « ${correction.typed} ».`
    : ` Vouliez-vous dire : ${correction.queries.map((query) => `« ${query} »`).join(', ')} ?`
}

/**
 * The line above the results: « Résultats pour **kubernetes** — rechercher plutôt « kuberntes » »,
 * or « Vouliez-vous dire : … ? ». Each query is a link (`href`); `choose` runs it in place, and
 * `literal` tells that the reader asked for the typed words as they are.
 */
export function correctionNote(
  correction: Correction,
  href: (query: string, literal: boolean) => string,
  choose: (query: string, literal: boolean) => void,
): HTMLElement {
  const note = document.createElement('p')
  note.className = 'search-correction'
  const link = (text: string, query: string, literal: boolean) => {
    const anchor = document.createElement('a')
    anchor.href = href(query, literal)
    anchor.textContent = text
    anchor.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
      event.preventDefault()
      choose(query, literal)
    })
    return anchor
  }
  if (correction.kind === 'corrected') {
    const strong = document.createElement('strong')
    strong.textContent = correction.query
    note.append(
      'Résultats pour ',
      strong,
      ' — ',
      link(`rechercher plutôt « ${correction.typed} »`, correction.typed, true),
    )
  } else {
    note.append('Vouliez-vous dire : ')
    correction.queries.forEach((query, index) => {
      if (index > 0) note.append(index === correction.queries.length - 1 ? ' ou ' : ', ')
      note.append(link(query, query, false))
    })
    note.append(' ?')
  }
  return note
}
