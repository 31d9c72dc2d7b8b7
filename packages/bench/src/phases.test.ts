import { describe, expect, test } from 'vitest'
import { memoryPeak, phaseFigures } from './phases.ts'
import type { BuildRun } from './run-build.ts'

/**
 * A build that starts at t=0 and exits at t=10,000: Astro runs from 1,000 to 8,000 (content loaded
 * from 2,000 to 3,000 and logged then), Pagefind from 8,000 to 9,500, the vocabulary until 9,800,
 * and the wait for the social cards from 9,800 to 9,990.
 */
function build(samples: Array<[at: number, megabytes: number]>): BuildRun {
  return {
    report: {
      timingsMs: { astro: 7000, pagefind: 1500, vocabulary: 300, cards: 190 },
      content: { readMs: 100, fetchMs: 200, validateMs: 300, queriesMs: 400 },
      searchPages: 120,
    },
    startedAt: 0,
    endedAt: 10_000,
    wallMs: 10_000,
    cpuMs: 12_000,
    memory: samples.map(([at, megabytes]) => ({
      at,
      rssBytes: megabytes * 1e6,
      processes: 1,
      byName: { node: megabytes * 1e6 },
    })),
    output: [
      {
        at: 3000,
        text: '12:00:00 [weshare-settings] Loaded dataset file x.ndjson: 6 sessions, 120 talks; 0 unpublished documents ignored; 1000 ms.',
      },
      { at: 9500, text: 'Search index: 120 pages in 1500 ms.' },
      { at: 9990, text: 'Social cards: 120 drawn while the search index was built (0 found made).' },
    ],
  }
}

const byName = (run: BuildRun) => Object.fromEntries(phaseFigures(run, 200).map((phase) => [phase.name, phase]))

describe('phase figures', () => {
  test('take their durations from the build report, rendering being Astro minus the content load', () => {
    const phases = byName(build([]))
    expect(phases.datasetLoad?.ms).toBe(100)
    expect(phases.validation?.ms).toBe(300)
    expect(phases.queries?.ms).toBe(600)
    expect(phases.rendering?.ms).toBe(6000)
    expect(phases.searchIndexing?.ms).toBe(1500)
    expect(phases.searchVocabulary?.ms).toBe(300)
    expect(phases.socialCards?.ms).toBe(190)
    expect(phases.other?.ms).toBe(1010)
    expect(phases.total?.ms).toBe(10_000)
    expect(phases.rendering?.pagesPerSecond).toBeCloseTo(200 / 6)
  })

  test('give each phase the memory peak sampled while it ran', () => {
    const phases = byName(
      build([
        [500, 100], // Node start-up
        [2050, 300], // reading the dataset (2,000–2,100)
        [2450, 350], // validating (2,300–2,600)
        [2800, 400], // page queries (2,600–3,000)
        [5000, 900], // rendering
        [9000, 1200], // indexing
        [9900, 700], // waiting for the social cards
        [9995, 600], // publishing
      ]),
    )
    expect(phases.datasetLoad?.peakRssBytes).toBe(300e6)
    expect(phases.validation?.peakRssBytes).toBe(350e6)
    expect(phases.queries?.peakRssBytes).toBe(400e6)
    expect(phases.rendering?.peakRssBytes).toBe(900e6)
    expect(phases.searchIndexing?.peakRssBytes).toBe(1200e6)
    expect(phases.socialCards?.peakRssBytes).toBe(700e6)
    expect(phases.other?.peakRssBytes).toBe(600e6)
    expect(phases.total?.peakRssBytes).toBe(1200e6)
  })

  test('leave the peak of a phase unknown when no sample fell in it', () => {
    expect(byName(build([[5000, 900]])).datasetLoad?.peakRssBytes).toBeNull()
  })

  test('name the phase and the processes that held the memory at the peak', () => {
    const run = build([
      [5000, 900],
      [9000, 1200],
    ])
    run.memory[1] = { at: 9000, rssBytes: 1200e6, processes: 2, byName: { node: 700e6, pagefind: 500e6 } }
    expect(memoryPeak(run)).toEqual({
      rssBytes: 1200e6,
      phase: 'searchIndexing',
      byName: { node: 700e6, pagefind: 500e6 },
    })
  })
})
