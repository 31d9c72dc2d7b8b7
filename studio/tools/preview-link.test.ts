import type { PreviewSummary } from '@weshare/publisher/status'
import { describe, expect, test } from 'vitest'
import { describePreview, previewEnableUrl } from './preview-link.ts'

const now = Date.parse('2026-12-01T22:10:00Z')
const preview: PreviewSummary = {
  state: 'idle',
  queued: false,
  completedBuilds: 4,
  publishedAt: '2026-12-01T22:07:00Z',
  publishedBuildMs: 12_000,
  contentTime: '2026-12-01T22:06:48Z',
  last: { result: 'success', finishedAt: '2026-12-01T22:07:00Z' },
  access: ['studio-secret'],
}

describe('the preview link of the "Site public" tool', () => {
  test("opens the publisher's enable route with the secret and the page, as Presentation does", () => {
    const link = new URL(previewEnableUrl('http://127.0.0.1:4401/', 'abc', '/talks/kafka/'))
    expect(link.origin + link.pathname).toBe('http://127.0.0.1:4401/preview/enable')
    expect(link.searchParams.get('sanity-preview-secret')).toBe('abc')
    expect(link.searchParams.get('sanity-preview-pathname')).toBe('/talks/kafka/')
  })

  test('says in French when the preview was rebuilt and from content read when', () => {
    expect(describePreview(preview, now)).toEqual({
      sentences: ['L’aperçu a été reconstruit il y a 3 minutes, avec le contenu lu le 1 décembre 2026 à 23:06.'],
      opening: 'studio-secret',
    })
  })

  test('says a rebuild is under way, and that a failed one left the previous preview', () => {
    const view = describePreview(
      { ...preview, state: 'building', last: { result: 'failure', finishedAt: '2026-12-01T22:09:00Z' } },
      now,
    )
    expect(view.sentences[0]).toBe('L’aperçu est en cours de reconstruction avec les derniers brouillons.')
    expect(view.sentences[2]).toMatch(/^Sa dernière reconstruction \(il y a 1 minute\) a échoué/)
  })

  test('asks for the shared secret with a dataset file, and says when the publisher serves no preview', () => {
    expect(describePreview({ ...preview, access: ['shared-secret'] }, now).opening).toBe('shared-secret')
    expect(describePreview(undefined, now)).toEqual({
      sentences: [
        expect.stringMatching(/^Le publieur ne sert pas d’aperçu des brouillons : renseignez PUBLISHER_PREVIEW_PORT/),
      ],
      opening: 'none',
    })
  })
})
