import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Child processes rather than worker threads: the end-to-end test spawns the publisher and its builds.
    pool: 'forks',
    exclude: ['**/node_modules/**', 'site/**'],
  },
})
