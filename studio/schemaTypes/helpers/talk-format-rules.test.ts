import { describe, expect, test } from 'vitest'
import { QUICKIE_MAX_WORDS, talkFormatErrors, talkFormatWarnings } from './talk-format-rules.ts'

function recapOf(words: number) {
  const text = Array.from({ length: words }, () => 'mot').join(' ')
  return [{ _type: 'block', _key: 'b', children: [{ _type: 'span', _key: 's', text }] }]
}
const speaker = { _type: 'reference', _ref: 'speaker-1', _key: 'k' }

describe('talkFormatErrors', () => {
  test('asks a hands-on for a speaker and a recap with words in it', () => {
    const issues = talkFormatErrors({ format: 'hands-on', speakers: [], body: recapOf(0) })
    expect(issues.map((issue) => issue.path)).toEqual([['speakers'], ['body']])
  })

  test('accepts a hands-on with a speaker and a recap', () => {
    expect(talkFormatErrors({ format: 'hands-on', speakers: [speaker], body: recapOf(40) })).toEqual([])
  })

  test('leaves other formats to the field rules', () => {
    expect(talkFormatErrors({ format: 'conference', speakers: [], body: [] })).toEqual([])
    expect(talkFormatErrors(undefined)).toEqual([])
  })
})

describe('talkFormatWarnings', () => {
  test(`warns when a quickie's recap is longer than ${QUICKIE_MAX_WORDS} words`, () => {
    const [warning] = talkFormatWarnings({ format: 'quickie', body: recapOf(QUICKIE_MAX_WORDS + 1) })
    expect(warning).toEqual({
      path: ['body'],
      message: "Un quickie dure 15 minutes : ce résumé est plus long que d'habitude.",
    })
  })

  test(`accepts a quickie recap of ${QUICKIE_MAX_WORDS} words`, () => {
    expect(talkFormatWarnings({ format: 'quickie', body: recapOf(QUICKIE_MAX_WORDS) })).toEqual([])
  })

  test('lets a conference recap be long', () => {
    expect(talkFormatWarnings({ format: 'conference', body: recapOf(2000) })).toEqual([])
  })
})
