import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, test } from 'vitest'
import { PHASES } from './phases.ts'
import type { BenchResult } from './report.ts'

/*
 * The whole benchmark at a small size, as CI runs it: generation, the real site build, the
 * measures, the result files. It checks that the benchmark works, not how fast the site builds.
 */

const TALKS = 300
const cli = join(dirname(fileURLToPath(import.meta.url)), 'cli.ts')
const resultsDir = await mkdtemp(join(tmpdir(), 'weshare-bench-'))
afterAll(() => rm(resultsDir, { recursive: true, force: true }))

test(
  `runs end to end at ${TALKS} talks and writes every phase to JSON and Markdown`,
  { timeout: 240_000 },
  async () => {
    // process.execPath is the Node 24 running vitest; the system Node is too old for Astro.
    // Lighthouse's four audits take minutes: the benchmark's own runs make them.
    const child = spawn(
      process.execPath,
      [cli, '--talks', String(TALKS), '--results', resultsDir, '--skip-lighthouse'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const code = await new Promise<number | null>((done) => child.once('close', done))
    expect(code, output).toBe(0)

    const json = join(resultsDir, `bench-${TALKS}.json`)
    const markdown = join(resultsDir, `bench-${TALKS}.md`)
    expect(existsSync(json)).toBe(true)
    expect(existsSync(markdown)).toBe(true)
    expect(existsSync(join(resultsDir, `bench-${TALKS}.tmp`)), 'the working folder is removed without --keep').toBe(
      false,
    )

    const result = JSON.parse(await readFile(json, 'utf8')) as BenchResult
    expect(result.phases.map((phase) => phase.name)).toEqual([...PHASES.map((phase) => phase.name), 'total'])
    for (const phase of result.phases) expect(phase.ms, phase.name).toBeGreaterThanOrEqual(0)
    expect(result.site.pages).toBeGreaterThan(TALKS)
    expect(result.site.indexBytes).toBeGreaterThan(0)
    expect(result.phases.at(-1)?.peakRssBytes).toBeGreaterThan(0)
    expect(result.search?.measures.map((measure) => measure.kind)).toEqual(['common', 'rare', 'typo'])
    expect(result.search?.measures.slice(0, 2).every((measure) => measure.matches > 0)).toBe(true)
    expect(result.searchFloor?.floorBytes).toBeGreaterThan(0)
    expect(result.searchFloor?.sortKeyBytes.date).toBeGreaterThan(0)
    expect(result.searchFloor?.recentOrderBytes).toBeGreaterThan(0)
    // Every talk and session has a card; the second build found all of them drawn.
    expect(result.cardCost?.cardsDrawn).toBeGreaterThan(TALKS)
    expect(result.cardCost?.cardsReused).toBe(result.cardCost?.cardsDrawn)
    expect(await readFile(markdown, 'utf8')).toContain('| Search indexing |')
  },
)

test(
  `with --edit 1 at ${TALKS} talks, rebuilds after a corrected title reusing the first build's pages`,
  { timeout: 240_000 },
  async () => {
    const child = spawn(process.execPath, [cli, '--talks', String(TALKS), '--edit', '1', '--results', resultsDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const code = await new Promise<number | null>((done) => child.once('close', done))
    expect(code, output).toBe(0)

    const result = JSON.parse(await readFile(join(resultsDir, `bench-${TALKS}-edit-1.json`), 'utf8')) as BenchResult
    expect(result.incremental?.editedTalks).toHaveLength(1)
    const pages = result.incremental?.buildReport.pages
    expect(pages?.keyed).toBeGreaterThan(TALKS)
    // The talk, its session's talks and the lists that show it are rendered again; the rest is reused.
    expect(pages?.reused).toBeGreaterThan(pages!.keyed - 60)
    expect(result.incremental?.phases.map((phase) => phase.name)).toEqual(result.phases.map((phase) => phase.name))
    expect(await readFile(join(resultsDir, `bench-${TALKS}-edit-1.md`), 'utf8')).toContain('rebuilt incrementally')
  },
)

test(
  'with --images 5, builds the same documents without and then with images, and reports both',
  { timeout: 300_000 },
  async () => {
    const talks = 60
    const child = spawn(
      process.execPath,
      [cli, '--talks', String(talks), '--images', '5', '--results', resultsDir, '--skip-search', '--skip-lighthouse'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const code = await new Promise<number | null>((done) => child.once('close', done))
    expect(code, output).toBe(0)

    const result = JSON.parse(await readFile(join(resultsDir, `bench-${talks}-images-5.json`), 'utf8')) as BenchResult
    expect(result.images?.counts).toMatchObject({ figures: talks / 5, covers: result.dataset.sessions })
    expect(result.images?.counts.avatars).toBe(result.dataset.speakers)
    expect(result.images?.archive.images).toBe(talks / 5 + result.dataset.sessions + result.dataset.speakers)
    expect(result.images?.withoutImages.phases.map((phase) => phase.name)).toEqual(
      result.phases.map((phase) => phase.name),
    )
    expect(result.images?.withoutImages.memoryPeak?.rssBytes).toBeGreaterThan(0)
    expect(result.memoryPeak?.rssBytes).toBeGreaterThan(0)
    expect(result.site.pages).toBe(result.images?.withoutImages.site.pages)
    expect(await readFile(join(resultsDir, `bench-${talks}-images-5.md`), 'utf8')).toContain(
      '| Same documents | Without images (NDJSON) | With images (export archive) |',
    )
  },
)
