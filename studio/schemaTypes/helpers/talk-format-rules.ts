import type { Path } from 'sanity'
import { countRichTextWords, type RichText } from './count-words.ts'

/** Above this many words, a quickie's recap is longer than a 15-minute talk usually needs. */
export const QUICKIE_MAX_WORDS = 250

/** The fields of a talk that the format rules read, as the Studio hands them over (all may be missing). */
export interface TalkDraft {
  format?: string
  body?: RichText
}

export interface FormatIssue {
  message: string
  /** Field the message is shown on, relative to the talk document. */
  path: Path
}

/**
 * Problems that prevent publishing a talk of this format. Every talk already needs a speaker and a
 * recap (the field rules); a hands-on also needs words in that recap, not only empty paragraphs.
 */
export function talkFormatErrors(talk: TalkDraft | undefined): FormatIssue[] {
  if (talk?.format !== 'hands-on' || countRichTextWords(talk.body) > 0) return []
  return [{ path: ['body'], message: "Un hands-on a besoin d'un résumé : racontez ce que les participants ont fait." }]
}

/** Things worth a second look for this format, which do not prevent publishing. */
export function talkFormatWarnings(talk: TalkDraft | undefined): FormatIssue[] {
  if (talk?.format === 'quickie' && countRichTextWords(talk.body) > QUICKIE_MAX_WORDS) {
    return [{ path: ['body'], message: "Un quickie dure 15 minutes : ce résumé est plus long que d'habitude." }]
  }
  return []
}
