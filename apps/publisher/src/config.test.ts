import { join } from 'node:path'
import { REPO_ROOT, SAMPLE_DATASET_FILE } from '@weshare/content'
import { describe, expect, test } from 'vitest'
import { ConfigError, DEFAULTS, configFromEnv, describeSource } from './config.ts'

const secret = 'un-secret-de-test-assez-long'

function errorLines(env: Record<string, string>): string[] {
  try {
    configFromEnv(env)
  } catch (error) {
    if (error instanceof ConfigError) return error.lines
    throw error
  }
  throw new Error('The configuration was accepted.')
}

describe('the publisher configuration', () => {
  test('has defaults for everything but the secret', () => {
    expect(configFromEnv({ SANITY_WEBHOOK_SECRET: secret })).toEqual({
      secret,
      host: '127.0.0.1',
      port: 4400,
      siteDir: join(REPO_ROOT, DEFAULTS.siteDir),
      studioOrigins: ['http://127.0.0.1:3333', 'http://localhost:3333'],
      debounceMs: 1000,
      source: { kind: 'dataset-file', file: SAMPLE_DATASET_FILE, sample: true },
      studioUrl: undefined,
      preview: null,
    })
  })

  test('refuses to start without a webhook secret, and says where to get one', () => {
    expect(errorLines({})).toEqual([expect.stringMatching(/^SANITY_WEBHOOK_SECRET is not set: .*sanity\.io\/manage/)])
  })

  test('refuses a short secret without printing it', () => {
    const [line] = errorLines({ SANITY_WEBHOOK_SECRET: 'court-123' })
    expect(line).toMatch(/SANITY_WEBHOOK_SECRET is 9 characters long, under the 16/)
    expect(line).not.toContain('court-123')
  })

  test('names every wrong variable at once, with its value and the fix', () => {
    const lines = errorLines({
      SANITY_WEBHOOK_SECRET: secret,
      PUBLISHER_HOST: 'pas un hôte',
      PUBLISHER_PORT: '99999',
      PUBLISHER_STUDIO_ORIGIN: 'https://studio.example/desk',
      PUBLISHER_DEBOUNCE_MS: 'vite',
      PUBLISHER_SITE_DIR: 'apps/web',
      SANITY_PROJECT_ID: 'weshare0',
    })
    expect(lines).toEqual([
      expect.stringMatching(/^PUBLISHER_HOST="pas un hôte" is not an IP address or a host name\. Use 127\.0\.0\.1/),
      expect.stringMatching(/^PUBLISHER_PORT="99999" is not a port number \(0 to 65535\)\. Use 4400/),
      expect.stringMatching(
        /^PUBLISHER_SITE_DIR="apps\/web" is a folder of the project's own.*Use a folder of its own/,
      ),
      expect.stringMatching(
        /^PUBLISHER_STUDIO_ORIGIN contains "https:\/\/studio\.example\/desk", which is not an origin/,
      ),
      expect.stringMatching(/^PUBLISHER_DEBOUNCE_MS="vite" is not a number of milliseconds/),
      expect.stringMatching(/^SANITY_DATASET is not set while SANITY_PROJECT_ID="weshare0" is/),
    ])
  })

  test('reads the Content Lake variables the build reads, and never shows the token', () => {
    const config = configFromEnv({
      SANITY_WEBHOOK_SECRET: secret,
      SANITY_PROJECT_ID: 'weshare0',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: 'http://127.0.0.1:9999',
      SANITY_API_READ_TOKEN: 'jeton-de-lecture-secret',
      PUBLISHER_STUDIO_ORIGIN: 'https://weshare.sanity.studio, http://127.0.0.1:3333',
      PUBLISHER_PORT: '0',
    })
    expect(config.port).toBe(0)
    expect(config.studioOrigins).toEqual(['https://weshare.sanity.studio', 'http://127.0.0.1:3333'])
    expect(describeSource(config.source)).toBe(
      'Content Lake http://127.0.0.1:9999, project weshare0, dataset production, with a read token',
    )
  })

  test('reads a relative site folder from the repository root', () => {
    expect(configFromEnv({ SANITY_WEBHOOK_SECRET: secret, PUBLISHER_SITE_DIR: 'public-site' }).siteDir).toBe(
      join(REPO_ROOT, 'public-site'),
    )
  })

  describe('with a preview', () => {
    const previewSecret = 'le-secret-partage-de-l-apercu'

    test('serves it on the port PUBLISHER_PREVIEW_PORT asks for, from a folder of its own', () => {
      expect(
        configFromEnv({
          SANITY_WEBHOOK_SECRET: secret,
          PUBLISHER_PREVIEW_PORT: '4401',
          PUBLISHER_PREVIEW_SECRET: previewSecret,
          SANITY_PREVIEW_RELEASE: 'rentree',
        }).preview,
      ).toEqual({
        port: 4401,
        siteDir: join(REPO_ROOT, DEFAULTS.previewSiteDir),
        secret: previewSecret,
        release: 'rentree',
      })
    })

    test('asks for a shared secret with a dataset file, and for a read token with the Content Lake', () => {
      expect(errorLines({ SANITY_WEBHOOK_SECRET: secret, PUBLISHER_PREVIEW_PORT: '4401' })).toEqual([
        expect.stringMatching(
          /^PUBLISHER_PREVIEW_SECRET is not set, and the content is a dataset file: .*openssl rand/,
        ),
      ])
      expect(
        errorLines({
          SANITY_WEBHOOK_SECRET: secret,
          PUBLISHER_PREVIEW_PORT: '4401',
          SANITY_PROJECT_ID: 'weshare0',
          SANITY_DATASET: 'production',
        }),
      ).toEqual([expect.stringMatching(/^SANITY_API_READ_TOKEN is not set: a preview reads drafts/)])
    })

    test('names each wrong preview variable without printing the secret', () => {
      const lines = errorLines({
        SANITY_WEBHOOK_SECRET: secret,
        PUBLISHER_PORT: '4400',
        PUBLISHER_PREVIEW_PORT: '4400',
        PUBLISHER_PREVIEW_DIR: 'apps/publisher/site',
        PUBLISHER_PREVIEW_SECRET: 'court-456',
      })
      expect(lines).toEqual([
        expect.stringMatching(/^PUBLISHER_PREVIEW_PORT="4400" is also PUBLISHER_PORT/),
        expect.stringMatching(/^PUBLISHER_PREVIEW_DIR="apps\/publisher\/site" is the public site/),
        expect.stringMatching(/^PUBLISHER_PREVIEW_SECRET is 9 characters long/),
      ])
      expect(lines.join('\n')).not.toContain('court-456')
    })

    test('refuses preview variables without PUBLISHER_PREVIEW_PORT, which alone turns the preview on', () => {
      expect(errorLines({ SANITY_WEBHOOK_SECRET: secret, PUBLISHER_PREVIEW_SECRET: previewSecret })).toEqual([
        expect.stringMatching(/^PUBLISHER_PREVIEW_SECRET is set but PUBLISHER_PREVIEW_PORT is not/),
      ])
    })
  })
})
