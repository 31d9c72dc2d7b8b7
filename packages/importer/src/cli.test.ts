import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TALK_FORMATS } from '@weshare/schema'
import type { Session, Talk } from '@weshare/schema'
import { afterAll, describe, expect, test } from 'vitest'
import { SAMPLE_RECAPS, sampleDocuments } from './testing/sample-recaps.ts'

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url))
const SOURCE_RECAP = fileURLToPath(SAMPLE_RECAPS.find((recap) => recap.layout === 'text')!.file)
const sample = sampleDocuments()
const sampleTalks = sample.filter((document): document is Talk => document._type === 'talk')
const DATES = sample.find((document): document is Session => document._type === 'session')!.dates.join(',')
const workDir = mkdtempSync(join(tmpdir(), 'weshare-importer-cli-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

/** Runs the CLI as `npm run import:recap` would, from `workDir`. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: workDir },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

// Each test starts Node on the command, which takes seconds on a busy machine.
describe('the import:recap command', { timeout: 30_000 }, () => {
  test('writes the dataset and exits with 0', () => {
    const { status, stderr } = run(
      SOURCE_RECAP,
      '--dates',
      DATES,
      '--with-site-settings',
      '--out',
      'out/imported.ndjson',
    )
    expect(status).toBe(0)
    const perFormat = TALK_FORMATS.map(
      (format) => `${format.label} ${sampleTalks.filter((talk) => talk.format === format.value).length}`,
    )
    expect(stderr).toContain(`Talks     ${sampleTalks.length}: ${perFormat.join(' · ')}`)
    const lines = readFileSync(join(workDir, 'out/imported.ndjson'), 'utf8').trimEnd().split('\n')
    const types = lines.map((line) => (JSON.parse(line) as { _type: string })._type)
    expect(types.filter((type) => type === 'talk')).toHaveLength(sampleTalks.length)
    expect(types.filter((type) => type === 'session')).toHaveLength(1)
    expect(types[0]).toBe('siteSettings')
  })

  test('writes NDJSON to stdout and the report to stderr without --out', () => {
    const { status, stdout, stderr } = run(SOURCE_RECAP, '--dates', DATES)
    expect(status).toBe(0)
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .every((line) => line.startsWith('{"_id":')),
    ).toBe(true)
    expect(stderr).toContain('Read ')
  })

  test('names the file and the fix when the recap does not exist, without a stack trace', () => {
    const { status, stderr } = run('archives/nope.md', '--dates', '2023-02-06')
    expect(status).toBe(2)
    expect(stderr).toContain(
      `Cannot read the recap "archives/nope.md" (${join(workDir, 'archives/nope.md')}): there is no such file.`,
    )
    expect(stderr).not.toMatch(/^\s+at /m)
  })

  test('asks for --dates when the recap gives no date', () => {
    const { status, stderr, stdout } = run(SOURCE_RECAP)
    expect(status).toBe(2)
    expect(stderr).toMatch(/gives no date for the session/)
    expect(stderr).toContain(
      'Pass the WeShare days with --dates, comma-separated YYYY-MM-DD, e.g. --dates 2023-02-06,2023-03-06.',
    )
    expect(stdout).toBe('')
  })

  test('rejects a --dates value that is not a day', () => {
    const { status, stderr } = run(SOURCE_RECAP, '--dates', '2023-02-30')
    expect(status).toBe(2)
    expect(stderr).toContain('--dates "2023-02-30": "2023-02-30" is not a day written YYYY-MM-DD (or does not exist).')
  })

  test('rejects an unknown option with the usage', () => {
    const { status, stderr } = run(SOURCE_RECAP, '--titre', 'x')
    expect(status).toBe(2)
    expect(stderr).toMatch(/Unknown option '--titre'/)
    expect(stderr).toContain('Usage: npm run import:recap')
  })

  test('exits with 1 and writes nothing when it finds no talk', () => {
    writeFileSync(join(workDir, 'note.txt'), 'Un billet sans sections ni talks.\n')
    const { status, stderr, stdout } = run('note.txt', '--dates', '2023-02-06', '--out', 'note.ndjson')
    expect(status).toBe(1)
    expect(stderr).toContain('No talk found in note.txt, so nothing was written.')
    expect(stdout).toBe('')
    expect(() => readFileSync(join(workDir, 'note.ndjson'))).toThrow()
  })
})
