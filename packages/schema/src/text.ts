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

/** C0 and C1 controls and the noncharacters XML refuses. */
const CONTROL = /[\p{Cc}\uFFFE\uFFFF]/u
/** The same, except tab, line feed and carriage return, which multi-line fields keep. */
const CONTROL_BUT_LINE_BREAKS = /(?![\t\n\r])[\p{Cc}\uFFFE\uFFFF]/u
/** LRE, RLE, PDF, LRO, RLO, and the isolates LRI, RLI, FSI, PDI. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u
/** A character that draws something: not a space of any width, a format character, a mark or a filler. */
const VISIBLE = /[^\s\p{Cf}\p{M}\p{Zs}\u115F\u1160\u2800\u3164\uFFA0]/u

/**
 * Half of a UTF-16 surrogate pair without its other half: no character at all, and refused by XML.
 * With the `u` flag a whole pair is one code point above U+FFFF, so only lone halves match.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u
/**
 * Any code unit one of the checks below may refuse: one native scan clears almost every text. Plain
 * ranges rather than \p{Cc}: on a 10,000-talk archive the property class cost a second of scanning.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/
/** Below U+0300 every character is already in NFC and composes with nothing: such text needs no normalising. */
const MAY_NEED_NFC = /[\u0300-\uFFFF]/

/** `value` in NFC, without copying the (common) text that already is. */
export function toNfc(value: string): string {
  return MAY_NEED_NFC.test(value) ? value.normalize('NFC') : value
}

const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/**
 * Position (1-based, in characters) and code point of the first match of `pattern` in `text`. One
 * native search per field: recaps of a large archive hold tens of millions of characters.
 */
function firstRefused(text: string, pattern: RegExp): { at: number; code: string } | undefined {
  const index = text.search(pattern)
  if (index === -1) return undefined
  return { at: [...text.slice(0, index)].length + 1, code: codePoint(text.slice(index, index + 2)) }
}

/**
 * A text as the site reads it back from a query: normalised and trimmed like text() stores it, so
 * that pages show what validation checked. Validation itself happens on the stored document.
 */
export const DisplayTextSchema = z.string().overwrite((value) => toNfc(value).trim())

/** Whether a reader would see at least one character of `text`. */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text)
}

/** What is wrong with a piece of editor text, in French, or undefined when it is clean. */
export function textProblem(text: string, { multiline = false }: { multiline?: boolean } = {}): string | undefined {
  if (!SUSPECT.test(text)) return undefined
  if (LONE_SURROGATE.test(text)) {
    return 'le texte contient un caractère incomplet (une moitié de paire UTF-16, souvent laissée par un copier-coller tronqué) : retapez ce passage dans le Studio.'
  }
  const control = firstRefused(text, multiline ? CONTROL_BUT_LINE_BREAKS : CONTROL)
  if (control) {
    return `le texte contient un caractère de contrôle invisible (${control.code}, caractère ${control.at}) : retapez ce passage dans le Studio, un copier-coller l'a sans doute apporté.`
  }
  const bidi = firstRefused(text, BIDI_CONTROL)
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
    .overwrite(toNfc)
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
  return `"${escaped.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')}"`
}
