import { describe, expect, test } from 'vitest'
import { SAMPLE_DATASET_FILE, sourceConfigFromEnv } from './source-from-env.ts'

describe('sourceConfigFromEnv', () => {
  test('builds from the sample dataset when nothing is configured', () => {
    expect(sourceConfigFromEnv({})).toEqual({ kind: 'dataset-file', file: SAMPLE_DATASET_FILE })
  })

  test('resolves a relative SANITY_DATASET_FILE from the repository root', () => {
    expect(sourceConfigFromEnv({ SANITY_DATASET_FILE: 'studio/seed/sample.ndjson' })).toEqual({
      kind: 'dataset-file',
      file: SAMPLE_DATASET_FILE,
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
})
