import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { PHASES } from './phases.ts'
import type { SearchMeasure } from './measure-search.ts'
import { evaluateTargets, linearityOf, toMarkdown, typoCost, writeResults, type BenchResult } from './report.ts'

let dir: string | undefined
afterEach(() => dir && rm(dir, { recursive: true, force: true }))

/** A run of `talks` talks whose build took `wallMs`, everything else plausible. */
function run(talks: number, wallMs: number, rebuildMs?: number): BenchResult {
  const phasesOf = (wallMs: number) =>
    [...PHASES.map((phase) => phase.name), 'total' as const].map((name) => ({
      name,
      label: name,
      ms: name === 'total' ? wallMs : name === 'datasetLoad' ? wallMs * 0.01 : 0,
      share: 0,
      pagesPerSecond: 0,
      peakRssBytes: 1e9,
    }))
  const phases = phasesOf(wallMs)
  const buildReport = { timingsMs: { astro: 0, pagefind: 0 }, content: null, searchPages: talks }
  const measured = {
    talks,
    seed: 1,
    measuredAt: '2026-11-26T00:00:00.000Z',
    machine: {
      cpus: 2,
      cpuModel: 'CPU',
      memoryBytes: 8e9,
      node: 'v24',
      loadAverageBefore: 0,
      loadAverageAfter: 0,
      otherBuildsAtStart: 0,
    },
    dataset: { bytes: 1, documents: 1, sessions: 1, speakers: 1, tags: 1, generateMs: 1 },
    site: { pages: talks, outputBytes: 1, indexBytes: 1, indexedPages: talks },
    phases,
    memoryPeak: null,
    buildReport,
    search: null,
    incremental:
      rebuildMs === undefined
        ? null
        : {
            editedTalks: [{ id: 'talk-1', slug: 'un-talk', title: 'Un talk (corrigé)' }],
            phases: phasesOf(rebuildMs),
            astroSteps: null,
            cpuMs: null,
            memoryPeak: null,
            buildReport: { ...buildReport, pages: { keyed: talks, reused: talks - 30 } },
          },
  }
  return { ...measured, targets: evaluateTargets(measured), linearity: null }
}

describe('results', () => {
  test('mark the size-specific targets n/a at another size, and judge the content share at any size', () => {
    const targets = run(1000, 20_000).targets
    expect(targets.find((target) => target.name.includes('end to end'))?.met).toBeNull()
    expect(targets.find((target) => target.name.includes('Content load'))?.met).toBe(true)
    expect(run(10_000, 61_000).targets.find((target) => target.name.includes('end to end'))?.met).toBe(false)
  })

  test('judge a one-talk rebuild against the target of its size, and go to a file of their own', async () => {
    const rebuilt = run(1000, 20_000, 4_000)
    const target = (result: BenchResult, size: string) =>
      result.targets.find((candidate) => candidate.name.startsWith(`${size} talks, one talk edited`))?.met
    expect(target(rebuilt, '1,000')).toBe(true)
    expect(target(rebuilt, '10,000')).toBeNull()
    expect(target(run(10_000, 60_000, 31_000), '10,000')).toBe(false)
    expect(toMarkdown(rebuilt)).toContain('970 of the 1,000 pages with a cache key reused')

    dir = await mkdtemp(join(tmpdir(), 'weshare-bench-report-'))
    const files = await writeResults(dir, rebuilt)
    expect(files.json).toBe(join(dir, 'bench-1000-edit-1.json'))
  })

  test('give both runs of the 1,000/10,000 pair the same linearity, written to JSON and Markdown', async () => {
    dir = await mkdtemp(join(tmpdir(), 'weshare-bench-report-'))
    await writeResults(dir, run(1000, 10_000))
    const large = run(10_000, 105_000)
    const linearity = await linearityOf(dir, large)
    expect(linearity?.ratio).toBeCloseTo(10.5)
    expect(linearity?.met).toBe(true)
    await writeResults(dir, { ...large, linearity })

    const small = JSON.parse(await readFile(join(dir, 'bench-1000.json'), 'utf8')) as BenchResult
    expect(small.linearity?.ratio).toBeCloseTo(10.5)
    expect(await readFile(join(dir, 'bench-1000.md'), 'utf8')).toContain('= 10.50 (target ≤ 10.5) ✓')
  })
})

describe('the social cards', () => {
  const cardCost = (share: number) => ({
    cardsDrawn: 10_000,
    cardsReused: 10_000,
    drawnMs: 100_000,
    drawnCpuMs: null,
    reusedMs: 100_000 * (1 - share),
    reusedCpuMs: null,
    share,
  })
  const cardTarget = (talks: number, share: number) => {
    const base = run(talks, 100_000)
    return evaluateTargets({ ...base, cardCost: cardCost(share) }).find((target) =>
      target.name.startsWith('Social cards'),
    )
  }

  test('are judged by what drawing them added to the build at 10,000 talks', () => {
    expect(cardTarget(10_000, 0.04)).toMatchObject({ met: true, figure: expect.stringMatching(/^\+4\.0 % \(100\.0 s/) })
    expect(cardTarget(10_000, 0.12)?.met).toBe(false)
    expect(cardTarget(1000, 0.04)?.met).toBeNull()
  })
})

describe('the cost of a typo', () => {
  const measure = (term: string, bytes: number, ms: number): SearchMeasure => ({
    term,
    kind: 'common',
    timeToResultsMs: ms,
    timeWithLoadMs: ms,
    matches: 1,
    runsMs: [ms],
    shown: 1,
    searchBytes: bytes,
    resultsSearchBytes: bytes,
    arrivalSearchBytes: bytes,
    queryBytes: bytes,
    totalBytes: bytes,
    requests: 1,
    bytesByKind: {},
  })

  test('is what its suggestion adds to the search of the word it corrects', () => {
    const typo = { ...measure('kuberntes', 130_000, 90), kind: 'typo' as const, corrects: 'kubernetes' }
    expect(typoCost(typo, measure('kubernetes', 120_000, 60))).toEqual({ bytes: 10_000, ms: 30 })
  })

  test('is judged against 20 kB and 100 ms', () => {
    const base = run(1000, 10_000)
    const typo = { ...measure('kuberntes', 150_000, 80), kind: 'typo' as const, corrects: 'kubernetes' }
    const targets = evaluateTargets({
      ...base,
      search: { runs: 1, measures: [measure('kubernetes', 120_000, 60), typo] },
    })
    expect(targets.find((target) => target.name.startsWith('Typo "kuberntes": its suggestion'))?.met).toBe(false)
    expect(targets.find((target) => target.name.startsWith('Typo "kuberntes": results'))?.met).toBe(true)
  })
})
