import { describe, expect, test } from 'vitest'
import { SAMPLE_DATASET_FILE, sourceConfigFromEnv, studioUrlFromEnv } from './source-from-env.ts'

describe('sourceConfigFromEnv', () => {
  test('builds from the sample dataset when nothing is configured', () => {
    expect(sourceConfigFromEnv({})).toEqual({ kind: 'dataset-file', file: SAMPLE_DATASET_FILE, sample: true })
  })

  test('resolves a relative SANITY_DATASET_FILE from the repository root', () => {
    expect(sourceConfigFromEnv({ SANITY_DATASET_FILE: 'studio/seed/sample.ndjson' })).toEqual({
      kind: 'dataset-file',
      file: SAMPLE_DATASET_FILE,
      sample: true,
    })
  })

  test('names the variable, the value and the fix when the dataset file does not exist', () => {
    expect(() => sourceConfigFromEnv({ SANITY_DATASET_FILE: 'nope.ndjson' })).toThrow(
      /^SANITY_DATASET_FILE="nope\.ndjson" names no file .*Give the path of an \.ndjson file/,
    )
  })

  test('reads the Content Lake when project and dataset are set, with the pinned API version', () => {
    expect(
      sourceConfigFromEnv({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_API_READ_TOKEN: 'sk' }),
    ).toEqual({
      kind: 'content-lake',
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: '2025-02-19',
      token: 'sk',
      apiHost: undefined,
    })
  })

  test('refuses a project id without a dataset, saying which variable is missing', () => {
    expect(() => sourceConfigFromEnv({ SANITY_PROJECT_ID: 'abc123' })).toThrow(
      /^SANITY_DATASET is not set while SANITY_PROJECT_ID="abc123" is/,
    )
  })

  test('refuses malformed settings with the value and the fix', () => {
    expect(() => sourceConfigFromEnv({ SANITY_PROJECT_ID: 'My Project', SANITY_DATASET: 'production' })).toThrow(
      /SANITY_PROJECT_ID="My Project" is not a Sanity project id/,
    )
    expect(() =>
      sourceConfigFromEnv({ SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production', SANITY_API_HOST: 'ftp://x' }),
    ).toThrow(/SANITY_API_HOST="ftp:\/\/x" is not an http\(s\) origin/)
    expect(() =>
      sourceConfigFromEnv({ SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production', SANITY_API_VERSION: 'latest' }),
    ).toThrow(/SANITY_API_VERSION="latest" is not a dated API version/)
  })

  test.each([
    ['SANITY_PROJECT_ID', { SANITY_PROJECT_ID: '', SANITY_DATASET: '' }],
    ['SANITY_DATASET', { SANITY_DATASET: ' ' }],
    ['SANITY_DATASET_FILE', { SANITY_DATASET_FILE: '' }],
  ])('refuses %s set but empty instead of building the sample', (variable, env) => {
    expect(() => sourceConfigFromEnv(env)).toThrow(new RegExp(`^${variable} is set but empty`))
  })

  const lake = { SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production' }

  test('refuses credentials in SANITY_API_HOST without printing them', () => {
    const error = (() => {
      try {
        sourceConfigFromEnv({ ...lake, SANITY_API_HOST: 'http://user:s3cret@proxy.example' })
      } catch (caught) {
        return caught as Error
      }
      return undefined
    })()
    expect(error?.message).toMatch(/SANITY_API_HOST holds a user name or password/)
    expect(error?.message).not.toContain('s3cret')
  })

  test.each([
    ['a line break', 'sk-abc\n'.padEnd(8, 'x') + 'def', /a line break/],
    ['a non-ASCII character', 'sk-abcé', /U\+00E9/],
  ])('refuses a token with %s before any request, without printing it', (_kind, token, why) => {
    const run = () => sourceConfigFromEnv({ ...lake, SANITY_API_READ_TOKEN: token })
    expect(run).toThrow(why)
    expect(run).toThrow(/the token is not shown here/)
    expect(run).not.toThrow(/sk-abc/)
  })

  test('refuses an API version that is no calendar day', () => {
    expect(() => sourceConfigFromEnv({ ...lake, SANITY_API_VERSION: '2025-13-45' })).toThrow(
      /SANITY_API_VERSION="2025-13-45" is not a dated API version \(a real day/,
    )
  })

  test('states the length rule for a dataset name over 64 characters', () => {
    expect(() => sourceConfigFromEnv({ ...lake, SANITY_DATASET: 'a'.repeat(65) })).toThrow(
      /is 65 characters long, and a dataset name has at most 64/,
    )
  })

  test('refuses a Studio address that is not http(s)', () => {
    expect(() => studioUrlFromEnv({ SANITY_STUDIO_URL: 'javascript:alert(1)' })).toThrow(
      /^SANITY_STUDIO_URL="javascript/,
    )
    expect(studioUrlFromEnv({ SANITY_STUDIO_URL: '' })).toBeUndefined()
  })
})
