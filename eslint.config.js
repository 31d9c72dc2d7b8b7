// One flat config for every workspace. Astro components are checked by `astro check` instead.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-preview/**',
      '**/.astro/**',
      '**/.sanity/**',
      '**/sanity.types.ts',
      // The publisher's published site (apps/publisher/site by default) is build output.
      'apps/publisher/site/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused arguments named with a leading underscore document a required signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Vitest reads which fixtures a fixture needs from the destructuring of its first argument, so one
      // that needs none writes `({}, { onCleanup }) =>`.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // Type-only imports keep runtime imports honest (see verbatimModuleSyntax in tsconfig.base.json).
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
)
