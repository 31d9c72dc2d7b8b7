import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Child processes rather than worker threads: the browser tests spawn Chromium and builds.
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'integrations/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          // The site built from the hostile fixture, once per run for the files that check it.
          globalSetup: ['e2e/harness/hostile-site.ts'],
          // Each file drives its own Chromium; two at once on a 2-core runner makes both slow and flaky.
          fileParallelism: false,
          testTimeout: 60_000,
          // beforeAll may build a fixture site (~5 s) and start Chromium.
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
