import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { sanity, studioDir } from './sanity-cli.ts'

/*
 * studio/schema.json and studio/sanity.types.ts are committed so that editors' types and the drift
 * check work without a generation step. This test generates them again into a scratch folder and
 * fails when the committed copies are stale. The CLI wants paths relative to the Studio folder.
 */
const scratch = '.typegen-check'

afterAll(() => rmSync(join(studioDir, scratch), { recursive: true, force: true }))

describe('generated Sanity files', () => {
  test(
    'schema.json and sanity.types.ts match the Studio schema and the queries (run `npm run typegen` if not)',
    { timeout: 180_000 },
    () => {
      mkdirSync(join(studioDir, scratch), { recursive: true })
      sanity(['schema', 'extract', '--enforce-required-fields', '--force', '--path', `${scratch}/schema.json`])
      sanity(['typegen', 'generate'], {
        WESHARE_SCHEMA_JSON: `${scratch}/schema.json`,
        WESHARE_TYPEGEN_OUT: `${scratch}/sanity.types.ts`,
      })
      // The header names the schema file it was generated from, which differs by design.
      const read = (path: string) => readFileSync(join(studioDir, path), 'utf8').replace(/^\/\/ Source: .*$/m, '')
      expect(read(`${scratch}/schema.json`), 'studio/schema.json is stale: run `npm run typegen` and commit it').toBe(
        read('schema.json'),
      )
      expect(
        read(`${scratch}/sanity.types.ts`),
        'studio/sanity.types.ts is stale: run `npm run typegen` and commit it',
      ).toBe(read('sanity.types.ts'))
    },
  )
})
