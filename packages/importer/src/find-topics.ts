import { foldAccents } from '@weshare/schema'
import type { KnownTopic } from './known-topics.ts'
import { KNOWN_TOPICS } from './known-topics.ts'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** A keyword as a whole-word pattern over accent-folded text; see {@link KnownTopic.keywords} for case. */
function keywordPattern(keyword: string): RegExp {
  const folded = foldAccents(keyword)
  const flags = folded === folded.toLowerCase() ? 'iu' : 'u'
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(folded).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, flags)
}

const MATCHERS = KNOWN_TOPICS.map((topic) => ({ topic, patterns: topic.keywords.map(keywordPattern) }))

/** The known topics a text mentions, in the order of {@link KNOWN_TOPICS}. */
export function findTopics(text: string): KnownTopic[] {
  const folded = foldAccents(text)
  return MATCHERS.filter(({ patterns }) => patterns.some((pattern) => pattern.test(folded))).map(({ topic }) => topic)
}
