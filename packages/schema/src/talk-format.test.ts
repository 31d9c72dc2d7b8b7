import { describe, expect, test } from 'vitest'
import { TALK_FORMATS, TALK_FORMAT_VALUES, TalkFormatSchema, talkFormat, talkFormatOrder } from './talk-format.ts'

describe('talk formats', () => {
  test('gives each format a distinct value, label and plural heading, and starts a recap with the Quickies', () => {
    for (const key of ['value', 'label', 'heading'] as const) {
      const texts = TALK_FORMATS.map((format) => format[key])
      expect(new Set(texts).size, key).toBe(texts.length)
      for (const text of texts) expect(text, key).toMatch(/\S/)
    }
    expect(TALK_FORMAT_VALUES).toEqual(TALK_FORMATS.map((format) => format.value))
    expect(TALK_FORMAT_VALUES[0]).toBe('quickie')
  })

  test('accepts exactly the values of the list', () => {
    for (const { value } of TALK_FORMATS) expect(TalkFormatSchema.parse(value)).toBe(value)
  })

  test('rejects a format that is not one of the known formats, naming the known ones', () => {
    const result = TalkFormatSchema.safeParse('pas-un-format')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(
      `"pas-un-format" n'est pas un format connu ; choisissez parmi ${TALK_FORMAT_VALUES.join(', ')}.`,
    )
  })

  test('orders formats by their position in the list', () => {
    expect(talkFormatOrder('quickie')).toBeLessThan(talkFormatOrder('conference'))
    expect(talkFormat('conference').heading).toBe('Conférences')
  })
})
