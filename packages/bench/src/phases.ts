import { peakBetween, peakSample } from './process-tree-memory.ts'
import type { BuildRun } from './run-build.ts'

/** The phases the benchmark reports, in pipeline order, and what each one covers. */
export const PHASES = [
  { name: 'datasetLoad', label: 'Dataset load', covers: 'reading and parsing the dataset file (content.readMs)' },
  {
    name: 'validation',
    label: 'Validation',
    covers: 'zod schemas and integrity checks of every document (content.validateMs)',
  },
  {
    name: 'queries',
    label: 'Queries',
    covers: 'GROQ: the documents query, the page queries and their result checks (content.fetchMs + content.queriesMs)',
  },
  {
    name: 'rendering',
    label: 'Page rendering',
    covers:
      'Astro minus the content load: config, types, bundling, rendering and writing pages (timingsMs.astro − content)',
  },
  {
    name: 'searchIndexing',
    label: 'Search indexing',
    covers: 'Pagefind: indexing and writing the index (timingsMs.pagefind)',
  },
  {
    name: 'searchVocabulary',
    label: 'Search vocabulary',
    covers: "typo tolerance's vocabulary, read from the index Pagefind wrote (timingsMs.vocabulary)",
  },
  {
    name: 'socialCards',
    label: 'Social cards',
    covers:
      'the wait, after the search files, for the social cards drawn while Pagefind indexed the pages (timingsMs.cards)',
  },
  {
    name: 'other',
    label: 'Other',
    covers: 'the rest of the wall time: Node start-up and imports before Astro, swapping the site into place',
  },
] as const

export type PhaseName = (typeof PHASES)[number]['name'] | 'total'

export interface PhaseFigures {
  name: PhaseName
  label: string
  ms: number
  /** Share of the whole build's wall time, 0–1. */
  share: number
  /** Pages written by the build divided by the phase's time. */
  pagesPerSecond: number
  /** Highest resident memory of the build's process tree during the phase; null when no sample fell in it. */
  peakRssBytes: number | null
}

/** A span of time on the benchmark's clock (`performance.now()`). */
type Window = readonly [from: number, to: number]

/** The summary the site's content loader logs once the page queries are done. */
const CONTENT_LOADED = /Loaded .*; \d+ ms\.\s*$/
/** What scripts/build.ts prints once Pagefind has written the index. */
const INDEX_WRITTEN = /^Search index: /
/** What it prints once the social cards drawn while Pagefind indexed are done (none when there were none). */
const CARDS_DRAWN = /^Social cards: /

type TimedPhase = Exclude<PhaseName, 'total'>

/** Builds from before the vocabulary existed report no time for it; likewise for the cards drawn last. */
const vocabularyMs = (run: BuildRun) => run.report.timingsMs.vocabulary ?? 0
const cardsMs = (run: BuildRun) => run.report.timingsMs.cards ?? 0

function contentTimings(run: BuildRun) {
  const content = run.report.content ?? { readMs: 0, fetchMs: 0, validateMs: 0, queriesMs: 0 }
  return { ...content, totalMs: content.readMs + content.fetchMs + content.validateMs + content.queriesMs }
}

/**
 * When each phase ran on the benchmark's clock: the report's durations, anchored at the moments the
 * build logged the end of the content load and the end of indexing.
 */
function phaseWindows(run: BuildRun): Record<TimedPhase, Window[]> {
  const { report } = run
  const content = contentTimings(run)
  const indexEnd = run.output.find((line) => INDEX_WRITTEN.test(line.text))?.at ?? run.endedAt
  const indexStart = indexEnd - report.timingsMs.pagefind
  const cardsEnd = run.output.find((line) => CARDS_DRAWN.test(line.text))?.at ?? indexEnd + vocabularyMs(run)
  const cardsStart = cardsEnd - cardsMs(run)
  const astroStart = indexStart - report.timingsMs.astro
  const queriesEnd = run.output.find((line) => CONTENT_LOADED.test(line.text))?.at ?? astroStart + content.totalMs
  const validateEnd = queriesEnd - content.queriesMs
  const fetchEnd = validateEnd - content.validateMs
  const readEnd = fetchEnd - content.fetchMs
  const readStart = readEnd - content.readMs
  return {
    datasetLoad: [[readStart, readEnd]],
    validation: [[fetchEnd, validateEnd]],
    queries: [
      [readEnd, fetchEnd],
      [validateEnd, queriesEnd],
    ],
    rendering: [
      [astroStart, readStart],
      [queriesEnd, indexStart],
    ],
    searchIndexing: [[indexStart, indexEnd]],
    searchVocabulary: [[indexEnd, indexEnd + vocabularyMs(run)]],
    // The build waits for the cards once the search files are written, and then swaps the site in.
    socialCards: [[cardsStart, cardsEnd]],
    other: [
      [run.startedAt, astroStart],
      [indexEnd + vocabularyMs(run), cardsStart],
      [cardsEnd, run.endedAt],
    ],
  }
}

/**
 * Figures of each phase of a build. Durations come from the build's own report; the memory of a
 * phase is the peak of the samples taken while it ran.
 */
export function phaseFigures(run: BuildRun, pages: number): PhaseFigures[] {
  const { report } = run
  const content = contentTimings(run)
  const windows = phaseWindows(run)
  const durations: Record<TimedPhase, number> = {
    datasetLoad: content.readMs,
    validation: content.validateMs,
    queries: content.fetchMs + content.queriesMs,
    rendering: report.timingsMs.astro - content.totalMs,
    searchIndexing: report.timingsMs.pagefind,
    searchVocabulary: vocabularyMs(run),
    socialCards: cardsMs(run),
    other: run.wallMs - report.timingsMs.astro - report.timingsMs.pagefind - vocabularyMs(run) - cardsMs(run),
  }

  // One sampling interval of slack, so that a phase shorter than the interval still gets a sample.
  const peakOf = (phaseWindows: Window[]): number | null =>
    phaseWindows.reduce<number | null>((peak, [from, to]) => {
      const inWindow = peakBetween(run.memory, from, to, 50)
      return inWindow === null ? peak : Math.max(peak ?? 0, inWindow)
    }, null)
  const figures = (name: PhaseName, label: string, ms: number, peakRssBytes: number | null): PhaseFigures => ({
    name,
    label,
    ms,
    share: ms / run.wallMs,
    pagesPerSecond: ms > 0 ? pages / (ms / 1000) : 0,
    peakRssBytes,
  })

  return [
    ...PHASES.map((phase) => figures(phase.name, phase.label, durations[phase.name], peakOf(windows[phase.name]))),
    figures('total', 'Total (end to end)', run.wallMs, peakBetween(run.memory, run.startedAt, run.endedAt, 50)),
  ]
}

/** The build's highest memory sample: how much, in which phase, held by which processes. */
export interface MemoryPeak {
  rssBytes: number
  phase: PhaseName
  byName: Record<string, number>
}

export function memoryPeak(run: BuildRun): MemoryPeak | null {
  const peak = peakSample(run.memory)
  if (!peak) return null
  const windows = phaseWindows(run)
  const phase = PHASES.find(({ name }) => windows[name].some(([from, to]) => peak.at >= from && peak.at <= to))?.name
  return { rssBytes: peak.rssBytes, phase: phase ?? 'other', byName: peak.byName }
}
