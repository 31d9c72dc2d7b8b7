import { describe, expect, test } from 'vitest'
import { TALK_FORMATS, TALK_FORMAT_VALUES, TalkFormatSchema, talkFormat, talkFormatOrder } from './talk-format.ts'

describe('talk formats', () => {
  test('lists the five formats of a WeShare day in the order a recap presents them', () => {
    expect(TALK_FORMAT_VALUES).toEqual(['quickie', 'rex', 'tools-in-action', 'conference', 'hands-on'])
    expect(TALK_FORMATS.map((format) => format.label)).toEqual([
      'Quickie',
      'REX',
      'Tools in Action',
      'Conférence',
      'Hands-on',
    ])
  })

  test('accepts exactly the values of the list', () => {
    for (const { value } of TALK_FORMATS) expect(TalkFormatSchema.parse(value)).toBe(value)
  })

  test('rejects a format that is not one of the known formats, naming the known ones', () => {
    const result = TalkFormatSchema.safeParse('keynote')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(
      '"keynote" n\'est pas un format connu ; choisissez parmi quickie, rex, tools-in-action, conference, hands-on.',
    )
  })

  test('orders formats by their position in the list', () => {
    expect(talkFormatOrder('quickie')).toBeLessThan(talkFormatOrder('conference'))
    expect(talkFormat('conference').heading).toBe('Conférences')
  })
})
