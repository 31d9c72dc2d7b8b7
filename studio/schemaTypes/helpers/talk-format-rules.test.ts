import { describe, expect, test } from 'vitest'
import { QUICKIE_MAX_WORDS, talkFormatErrors, talkFormatWarnings } from './talk-format-rules.ts'

function recapOf(words: number) {
  const text = Array.from({ length: words }, () => 'mot').join(' ')
  return [{ _type: 'block', _key: 'b', children: [{ _type: 'span', _key: 's', text }] }]
}

describe('talkFormatErrors', () => {
  test('asks a hands-on for a recap with words in it', () => {
    const issues = talkFormatErrors({ format: 'hands-on', body: recapOf(0) })
    expect(issues.map((issue) => issue.path)).toEqual([['body']])
  })

  test('accepts a hands-on with a recap', () => {
    expect(talkFormatErrors({ format: 'hands-on', body: recapOf(40) })).toEqual([])
  })

  test('leaves other formats to the field rules', () => {
    expect(talkFormatErrors({ format: 'conference', body: recapOf(0) })).toEqual([])
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
