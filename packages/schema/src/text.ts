import { z } from 'zod'

/*
 * Text hygiene, defined once for every text field an editor fills in (titles, names, descriptions,
 * labels, alternative texts, rich-text spans, code). Text is normalised to NFC, so that "é" typed
 * or pasted in two ways is one word for search and for slugs, then refused when a reader would not
 * see what the editor meant:
 * - control characters (NUL, BEL, ESC…) end up raw in HTML and make the RSS feed ill-formed XML
 *   (https://www.w3.org/TR/xml/#charsets); tab and line breaks are allowed where a field is multi-line;
 * - bidirectional embeddings, overrides and isolates reorder what is displayed
 *   (https://trojansource.codes/), and an editor never needs them in French text;
 * - text with no visible character (zero-width spaces, no-break spaces, combining marks alone)
 *   publishes a title that reads as empty.
 */

/** C0 and C1 controls, noncharacters XML refuses; tab, line feed and carriage return are allowed apart. */
const CONTROL = /[\p{Cc}\uFFFE\uFFFF]/u
const LINE_BREAKS = new Set(['\t', '\n', '\r'])
/** LRE, RLE, PDF, LRO, RLO, and the isolates LRI, RLI, FSI, PDI. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u
/** Characters that draw nothing: spaces of every width, format characters, marks, fillers. */
const INVISIBLE = /[\s\p{Cf}\p{M}\p{Zs}\u115F\u1160\u2800\u3164\uFFA0]/gu

/** Half of a UTF-16 surrogate pair without its other half: no character at all, and refused by XML. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** Position (1-based, in characters) and code point of the first character of `text` that `test` refuses. */
function firstRefused(text: string, test: (character: string) => boolean): { at: number; code: string } | undefined {
  let at = 0
  for (const character of text) {
    at += 1
    if (test(character)) return { at, code: codePoint(character) }
  }
  return undefined
}

/**
 * A text as the site reads it back from a query: normalised and trimmed like text() stores it, so
 * that pages show what validation checked. Validation itself happens on the stored document.
 */
export const DisplayTextSchema = z.string().overwrite((value) => value.normalize('NFC').trim())

/** Whether a reader would see at least one character of `text`. */
export function hasVisibleCharacter(text: string): boolean {
  return text.replace(INVISIBLE, '') !== ''
}

/** What is wrong with a piece of editor text, in French, or undefined when it is clean. */
export function textProblem(text: string, { multiline = false }: { multiline?: boolean } = {}): string | undefined {
  if (LONE_SURROGATE.test(text)) {
    return 'le texte contient un caractère incomplet (une moitié de paire UTF-16, souvent laissée par un copier-coller tronqué) : retapez ce passage dans le Studio.'
  }
  const control = firstRefused(
    text,
    (character) => CONTROL.test(character) && !(multiline && LINE_BREAKS.has(character)),
  )
  if (control) {
    return `le texte contient un caractère de contrôle invisible (${control.code}, caractère ${control.at}) : retapez ce passage dans le Studio, un copier-coller l'a sans doute apporté.`
  }
  const bidi = firstRefused(text, (character) => BIDI_CONTROL.test(character))
  if (bidi) {
    return `le texte contient un caractère qui change le sens d'affichage (${bidi.code}, caractère ${bidi.at}) : supprimez-le, il ferait lire autre chose que ce qui est écrit.`
  }
  return undefined
}

export interface TextOptions {
  /** Most characters the field may hold (see LIMITS). */
  max: number
  /** Message when the field is missing or empty; without it the field may be empty (use `.optional()` for absent). */
  empty?: string
  /** Keeps tabs and line breaks (code blocks, bios); single-line fields refuse them as control characters. */
  multiline?: boolean
  /** Keeps leading and trailing spaces (rich-text spans, whose spaces separate them from their neighbours). */
  keepSpaces?: boolean
}

const count = (value: number) => value.toLocaleString('fr-FR')

/**
 * A text field, clean by construction: normalised to NFC, trimmed (unless `keepSpaces`), at most
 * `max` characters, without control or bidirectional characters, and, when `empty` is given, with
 * at least one visible character.
 */
export function text({ max, empty, multiline = false, keepSpaces = false }: TextOptions): z.ZodString {
  // Characters are checked before trimming: a vertical tab at the end is still in what the site shows.
  let schema = z
    .string(empty ? { error: empty } : undefined)
    .superRefine((value, context) => {
      const problem = textProblem(value, { multiline })
      if (problem) context.addIssue({ code: 'custom', message: problem, input: value })
    })
    .overwrite((value) => value.normalize('NFC'))
  if (!keepSpaces) schema = schema.trim()
  if (empty) schema = schema.min(1, { error: empty })
  return schema
    .max(max, {
      error: (issue) =>
        `le texte est trop long : ${count(String(issue.input ?? '').length)} caractères pour ${count(max)} au plus ; raccourcissez-le dans le Studio.`,
    })
    .superRefine((value, context) => {
      if (empty && value !== '' && !hasVisibleCharacter(value)) {
        context.addIssue({
          code: 'custom',
          input: value,
          message: `${empty.replace(/ : .*$/, '')} : il ne contient que des espaces ou des caractères invisibles ; saisissez un texte lisible dans le Studio.`,
        })
      }
    })
}

/**
 * A value quoted for a message, at most 60 characters, with control and bidirectional characters
 * written as `\u…`: a problem line must never carry a terminal escape or reorder itself.
 */
export function shownValue(value: string): string {
  const cut = [...value].length > 60 ? `${[...value].slice(0, 60).join('')}…` : value
  const escaped = cut.replace(
    /[\p{Cc}\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/gu,
    (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  )
  return `"${escaped.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD')}"`
}
