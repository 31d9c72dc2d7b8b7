import { foldAccents } from '@weshare/schema'
import type { KnownTag } from './known-tags.ts'
import { KNOWN_TAGS } from './known-tags.ts'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** A keyword as a whole-word pattern over accent-folded text; see {@link KnownTag.keywords} for case. */
function keywordPattern(keyword: string): RegExp {
  const folded = foldAccents(keyword)
  const flags = folded === folded.toLowerCase() ? 'iu' : 'u'
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(folded).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, flags)
}

const MATCHERS = KNOWN_TAGS.map((tag) => ({ tag, patterns: tag.keywords.map(keywordPattern) }))

/** The known tags a text mentions, in the order of {@link KNOWN_TAGS}. */
export function findTags(text: string): KnownTag[] {
  const folded = foldAccents(text)
  return MATCHERS.filter(({ patterns }) => patterns.some((pattern) => pattern.test(folded))).map(({ tag }) => tag)
}
