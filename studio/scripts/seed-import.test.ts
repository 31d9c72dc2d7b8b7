import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

const script = new URL('./seed-import.ts', import.meta.url).pathname
const sample = new URL('../seed/sample.ndjson', import.meta.url).pathname

function run(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SANITY_')))
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...clean, ...env } })
}

// Each test starts Node on the script, which takes seconds on a busy machine.
describe('npm run seed:import', { timeout: 30_000 }, () => {
  test('--dry-run validates the sample and says where it would go, without importing', () => {
    const result = run(['--dry-run'], { SANITY_STUDIO_PROJECT_ID: 'abc123', SANITY_STUDIO_DATASET: 'staging' })
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/1 session, 21 talks, 22 speakers/)
    expect(result.stdout).toContain('into project abc123, dataset staging')
  })

  test('--dry-run refuses a file with invalid documents and prints every problem', () => {
    const broken = readFileSync(sample, 'utf8').replace('"format":"rex"', '"format":"pas-un-format"')
    const file = join(mkdtempSync(join(tmpdir(), 'weshare-seed-')), 'broken.ndjson')
    writeFileSync(file, broken)
    const result = run(['--dry-run', '--file', file])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/ERREUR Talk .* · format : "pas-un-format" n'est pas un format connu/)
    expect(result.stderr).toContain('Nothing was imported.')
  })

  test('names the missing settings instead of calling Sanity without them', () => {
    const result = run([], { SANITY_STUDIO_PROJECT_ID: 'abc123' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Cannot import: SANITY_STUDIO_DATASET, SANITY_AUTH_TOKEN not set')
  })
})
