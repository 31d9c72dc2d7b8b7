import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The drift checks between generated Sanity types and zod types are type-level (*.test-d.ts).
    typecheck: { enabled: true, include: ['**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    exclude: ['**/node_modules/**', 'dist/**', '.typegen-check/**'],
  },
})
