import { describe, expect, test } from 'vitest'
import { talk } from '../schemaTypes/documents/talk.ts'
import { TalkPreview, subtitleWithSessionDate } from './TalkPreview.ts'

describe('talk previews', () => {
  test('end their subtitle with the date of the session, in French', () => {
    expect(subtitleWithSessionDate('Conférence · Joachim, Stéphane', '2023-02-06')).toBe(
      'Conférence · Joachim, Stéphane · 6 février 2023',
    )
  })

  test('say when no session lists the talk', () => {
    expect(subtitleWithSessionDate('Quickie · Benoît', null)).toBe('Quickie · Benoît · sans édition')
  })

  test('hand the talk id to the preview component, which looks up the session', () => {
    const preview = talk.preview as { prepare: (value: Record<string, string>) => Record<string, string> }
    expect(preview.prepare({ id: 'talk-mimir', title: 'Mimir', format: 'conference', speaker0: 'Ronan' })).toEqual({
      title: 'Mimir',
      subtitle: 'Conférence · Ronan',
      description: 'talk-mimir',
    })
    expect((talk as { components?: { preview?: unknown } }).components?.preview).toBe(TalkPreview)
  })
})
