import { KNOWN_TAGS } from './known-tags.ts'
import { PRODUCT_NAMES, SENTENCE_WORDS } from './not-first-names.ts'
import type { OutlineTalk } from './outline.ts'
import { paragraphText } from './outline.ts'
import {
  ADVERBS,
  AUXILIARIES,
  CLITICS,
  PRESENTING_IRREGULAR_FORMS,
  PRESENTING_VERB_STEMS,
  REGULAR_VERB_ENDINGS,
} from './presenting-verbs.ts'

/**
 * Recaps introduce their speakers in the first paragraphs; later ones quote other people (a podcast
 * guest, the author of a method), who must not become speakers.
 */
const SPEAKER_PARAGRAPHS = 3

const FIRST_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*`
const WORD_END = String.raw`(?![\p{L}\p{N}'’-])`
const NAME = `${FIRST_NAME}${WORD_END}`
const alternatives = (words: ReadonlyArray<string>) =>
  words.map((word) => word.replace(/ /g, String.raw`\s+`)).join('|')

const VERB = `(?:(?:${PRESENTING_VERB_STEMS.join('|')})(?:${REGULAR_VERB_ENDINGS.join('|')})|${alternatives(PRESENTING_IRREGULAR_FORMS)})`
const CLITIC = String.raw`(?:(?:${CLITICS.join('|')})\s+|[ls]['’]\s*)`
const AUXILIARY = String.raw`(?:(?:${alternatives(AUXILIARIES)})\s+(?:(?:${ADVERBS.join('|')})\s+)?)`

/**
 * One first name, or several joined by "et" ("Rémi", "Ismaël et David", "Jean-Pascal, Damien et Ronan"),
 * as the subject of a presenting verb, possibly after object pronouns and an auxiliary: "nous a fait",
 * "sait nous apporter". A comma alone does not join names: in "Dans ce Tool in Action, David présente"
 * only David is the subject.
 */
const SUBJECT_OF_PRESENTING_VERB = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(${NAME}(?:\s*,\s*${NAME})*\s+et\s+${NAME}|${NAME})` +
    String.raw`\s+${CLITIC}{0,2}${AUXILIARY}?${CLITIC}{0,2}${VERB}(?![\p{L}\p{N}])`,
  'gu',
)

const NOT_PEOPLE = new Set<string>([
  ...SENTENCE_WORDS,
  ...PRODUCT_NAMES,
  ...KNOWN_TAGS.flatMap((tag) => tag.title.split(/[^\p{L}]+/u)),
])

/** The capitalised word just before `index`, when only spaces separate them ("Yoann" before "Benoit"). */
function capitalisedWordBefore(text: string, index: number): string | undefined {
  return /(\p{Lu}[\p{L}-]*)\s+$/u.exec(text.slice(0, index))?.[1]
}

/**
 * First names of the people who give a talk, in the order the recap names them. A speaker is a single
 * capitalised first name used as the subject of a presenting verb ("Benoît a participé…", "Guillaume
 * nous pose…"), or listed with "et" before one ("Morgan et Akram nous montrent…"), in the first
 * {@link SPEAKER_PARAGRAPHS} paragraphs. Not speakers: a name followed or preceded by another
 * capitalised word (a person named in full, such as "Zhamak Dehghani", or a product such as
 * "Docker Compose"), sentence words, known products and tags, and the words of the talk's title.
 */
export function findSpeakers(talk: OutlineTalk): string[] {
  const titleWords = new Set(talk.title.split(/[^\p{L}-]+/u))
  const found: string[] = []
  for (const paragraph of talk.paragraphs.slice(0, SPEAKER_PARAGRAPHS)) {
    const text = paragraphText(paragraph).normalize('NFC')
    for (const match of text.matchAll(SUBJECT_OF_PRESENTING_VERB)) {
      const before = capitalisedWordBefore(text, match.index)
      if (before && !NOT_PEOPLE.has(before)) continue
      const names = (match[1] ?? '').split(/\s*,\s*|\s+et\s+/)
      for (const name of names) {
        if (!NOT_PEOPLE.has(name) && !titleWords.has(name) && !found.includes(name)) found.push(name)
      }
    }
  }
  return found
}
