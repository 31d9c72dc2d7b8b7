import { existsSync } from 'node:fs'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { countLabel } from '@weshare/schema'
import { LIGHTHOUSE_CATEGORIES, type LighthousePage } from './lighthouse.ts'
import type { SearchFigures, SearchMeasure } from './measure-search.ts'
import type { SearchFloor } from './search-floor.ts'
import { PHASES, type MemoryPeak, type PhaseFigures } from './phases.ts'
import type { BuildReport } from './run-build.ts'
import type { CardCost } from './card-cost.ts'
import type { SiteFiles } from './site-files.ts'
import type { AstroSteps } from './astro-steps.ts'
import type { TalkEdit } from './edit-dataset.ts'
import type { ImageFigures, ImageReport } from './image-figures.ts'

/** The rebuild after a few talks' titles were corrected (`--edit`), with the full build's cache. */
export interface IncrementalRebuild {
  editedTalks: TalkEdit[]
  phases: PhaseFigures[]
  astroSteps: AstroSteps | null
  /** CPU time of the rebuild's process tree (BuildRun.cpuMs). */
  cpuMs: number | null
  memoryPeak: MemoryPeak | null
  buildReport: BuildReport
}

/** Everything one run measured; written as `bench-<talks>.json`. */
export interface BenchResult {
  talks: number
  seed: number
  measuredAt: string
  machine: {
    cpus: number
    cpuModel: string
    memoryBytes: number
    node: string
    loadAverageBefore: number
    loadAverageAfter: number
    /** Other processes building or testing apps/web when the run started (they skew the figures). */
    otherBuildsAtStart: number
  }
  dataset: { bytes: number; documents: number; sessions: number; speakers: number; tags: number; generateMs: number }
  site: SiteFiles & { indexedPages: number }
  phases: PhaseFigures[]
  /** Where page rendering goes; absent in results written before it existed. */
  astroSteps?: AstroSteps | null
  /** CPU time of the build's process tree (BuildRun.cpuMs); absent in results written before it existed. */
  buildCpuMs?: number | null
  memoryPeak: MemoryPeak | null
  /** The build's own report, as written by `scripts/build.ts --report`. */
  buildReport: BuildReport
  /** null with --skip-search. */
  search: SearchFigures | null
  /** Pagefind's floor for the pages indexed; null with --skip-search (absent in older results). */
  searchFloor?: SearchFloor | null
  /** Lighthouse on the four kinds of page; null with --skip-lighthouse (absent in older results). */
  lighthouse?: LighthousePage[] | null
  /** null (or absent, in results written before it existed) without --edit. */
  incremental?: IncrementalRebuild | null
  /** What the site's image integration reported (WESHARE_IMAGE_REPORT); null when it wrote nothing. */
  imageReport?: ImageReport | null
  /** The build again with every social card already drawn; null with --images (absent in older results). */
  cardCost?: CardCost | null
  /** null (or absent) without --images. */
  images?: ImageFigures | null
  targets: Target[]
  linearity: Linearity | null
}

export interface Target {
  name: string
  figure: string
  /** null when the target does not apply to this run (another size, search skipped). */
  met: boolean | null
  note?: string
}

export interface Linearity {
  smallTalks: number
  largeTalks: number
  smallMs: number
  largeMs: number
  ratio: number
  limit: number
  met: boolean
}

/** The size the absolute targets are set for. */
const TARGET_TALKS = 10_000
const TARGETS = {
  wallMs: 60_000,
  peakRssBytes: 1.5e9,
  contentShare: 0.05,
  searchBytes: 150_000,
  searchMs: 150,
  linearity: 10.5,
  /** The vocabulary of typo tolerance, as a share of the build's wall time. */
  vocabularyShare: 0.05,
  /** The first search's bytes from a cold start, over Pagefind's floor for the same pages. */
  floorDistance: 0.1,
  /** Cold first search at 1,000 talks. */
  searchBytesAt1000: 110_000,
  /** What a one-word typo's suggestion adds to the search of the word it corrects. */
  typoBytes: 20_000,
  typoMs: 100,
  lighthouseScore: 100,
  cls: 0.01,
  /** Rendering the social cards, as a share of the build's wall time. */
  cardShare: 0.1,
} as const
/** Wall time of the rebuild after a one-talk edit, by archive size. */
export const INCREMENTAL_TARGETS_MS: Readonly<Record<number, number>> = { 1_000: 5_000, 10_000: 30_000 }
/** Linearity compares these two sizes: time grows ×10 with the talks, plus some slack. */
const LINEARITY_SIZES = [1_000, 10_000] as const

const number = new Intl.NumberFormat('en-US')
const formatCount = (value: number) => number.format(Math.round(value))
const formatMs = (ms: number) =>
  ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`
const formatBytes = (bytes: number | null) =>
  bytes === null
    ? '—'
    : bytes >= 1e9
      ? `${(bytes / 1e9).toFixed(2)} GB`
      : bytes >= 1e6
        ? `${(bytes / 1e6).toFixed(1)} MB`
        : `${(bytes / 1e3).toFixed(1)} kB`
const formatShare = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)} %`
const signedShare = (share: number) => `${share < 0 ? '−' : '+'}${formatShare(Math.abs(share))}`
const mark = (met: boolean | null) => (met === null ? 'n/a' : met ? '✓' : '✗')

/** Each target with this run's figure; size-specific targets are n/a at other sizes. */
export function evaluateTargets(result: Omit<BenchResult, 'targets' | 'linearity'>): Target[] {
  const atSize = result.talks === TARGET_TALKS
  const notThisSize = `set for ${formatCount(TARGET_TALKS)} talks`
  const total = result.phases.find((phase) => phase.name === 'total')
  const contentMs = result.phases
    .filter((phase) => phase.name === 'datasetLoad' || phase.name === 'queries' || phase.name === 'validation')
    .reduce((sum, phase) => sum + phase.ms, 0)
  const wallMs = total?.ms ?? 0
  const peak = total?.peakRssBytes ?? null
  const targets: Target[] = [
    {
      name: `${formatCount(TARGET_TALKS)} talks end to end ≤ ${TARGETS.wallMs / 1000} s`,
      figure: formatMs(wallMs),
      met: atSize ? wallMs <= TARGETS.wallMs : null,
      ...(atSize ? {} : { note: notThisSize }),
    },
    {
      name: `${formatCount(TARGET_TALKS)} talks peak memory ≤ ${formatBytes(TARGETS.peakRssBytes)}`,
      figure: formatBytes(peak),
      met: atSize && peak !== null ? peak <= TARGETS.peakRssBytes : null,
      ...(atSize ? {} : { note: notThisSize }),
    },
    {
      name: `Content load + queries + validation ≤ ${TARGETS.contentShare * 100} % of total`,
      figure: `${formatShare(contentMs / wallMs)} (${formatMs(contentMs)})`,
      met: contentMs / wallMs <= TARGETS.contentShare,
    },
  ]
  const vocabulary = result.phases.find((phase) => phase.name === 'searchVocabulary')
  if (vocabulary) {
    targets.push({
      name: `Search vocabulary ≤ ${TARGETS.vocabularyShare * 100} % of the build`,
      figure: `${formatShare(vocabulary.ms / wallMs)} (${formatMs(vocabulary.ms)})`,
      met: vocabulary.ms / wallMs <= TARGETS.vocabularyShare,
    })
  }
  const rebuild = result.incremental
  if (rebuild && rebuild.editedTalks.length === 1) {
    const rebuildMs = rebuild.phases.find((phase) => phase.name === 'total')?.ms ?? 0
    for (const [talks, limitMs] of Object.entries(INCREMENTAL_TARGETS_MS)) {
      const atThisSize = result.talks === Number(talks)
      targets.push({
        name: `${formatCount(Number(talks))} talks, one talk edited, rebuilt incrementally ≤ ${limitMs / 1000} s`,
        figure: formatMs(rebuildMs),
        met: atThisSize ? rebuildMs <= limitMs : null,
        ...(atThisSize ? {} : { note: `set for ${formatCount(Number(talks))} talks` }),
      })
    }
  }
  for (const measure of (result.search?.measures ?? []).filter((measure) => measure.kind !== 'typo')) {
    const subject = `First search, ${measure.kind} term "${measure.term}"`
    targets.push(
      {
        name: `${subject}: ≤ ${formatBytes(TARGETS.searchBytes)} of Pagefind files before the results show, from a cold start`,
        figure: formatBytes(measure.arrivalSearchBytes),
        met: atSize ? measure.arrivalSearchBytes <= TARGETS.searchBytes : null,
        ...(atSize ? {} : { note: notThisSize }),
      },
      {
        name: `${subject}: results ≤ ${TARGETS.searchMs} ms after the query`,
        figure: formatMs(measure.timeToResultsMs),
        met: atSize ? measure.timeToResultsMs <= TARGETS.searchMs : null,
        ...(atSize ? {} : { note: notThisSize }),
      },
    )
  }
  const cardsName = `Social cards ≤ ${TARGETS.cardShare * 100} % of the build at ${formatCount(TARGET_TALKS)} talks`
  if (result.cardCost) {
    targets.push({
      name: cardsName,
      figure: cardCostFigure(result.cardCost),
      met: atSize ? result.cardCost.share <= TARGETS.cardShare : null,
      ...(atSize ? {} : { note: notThisSize }),
    })
  } else if (result.imageReport) {
    targets.push({
      name: cardsName,
      figure: `${formatMs(result.imageReport.cardMilliseconds)} of the cards' thread`,
      met: null,
      note: 'measured by a run without --images, which builds the site again with its cards already drawn',
    })
  }
  targets.push(...searchTargets(result), ...lighthouseTargets(result))
  return targets
}

/** The first search against Pagefind's floor, and the cost of a typo's suggestion. */
function searchTargets(result: Omit<BenchResult, 'targets' | 'linearity'>): Target[] {
  const measures = result.search?.measures ?? []
  const floor = result.searchFloor
  const targets: Target[] = []
  for (const measure of measures.filter((measure) => measure.kind !== 'typo')) {
    const subject = `First search, ${measure.kind} term "${measure.term}"`
    if (floor) {
      const distance = measure.arrivalSearchBytes / floor.floorBytes - 1
      targets.push({
        name: `${subject}: cold start within ${TARGETS.floorDistance * 100} % of Pagefind's floor (${formatBytes(floor.floorBytes)})`,
        figure: `${formatBytes(measure.arrivalSearchBytes)} (${signedShare(distance)})`,
        met: distance <= TARGETS.floorDistance,
      })
    }
    targets.push({
      name: `${subject}: cold start ≤ ${formatBytes(TARGETS.searchBytesAt1000)} at 1,000 talks`,
      figure: formatBytes(measure.arrivalSearchBytes),
      met: result.talks === 1000 ? measure.arrivalSearchBytes <= TARGETS.searchBytesAt1000 : null,
      ...(result.talks === 1000 ? {} : { note: 'set for 1,000 talks' }),
    })
  }
  for (const typo of measures.filter((measure) => measure.kind === 'typo')) {
    const corrected = measures.find((measure) => measure.term === typo.corrects)
    if (!corrected) continue
    const cost = typoCost(typo, corrected)
    targets.push(
      {
        name: `Typo "${typo.term}": its suggestion adds ≤ ${formatBytes(TARGETS.typoBytes)} to the search of "${corrected.term}"`,
        figure: formatBytes(cost.bytes),
        met: cost.bytes <= TARGETS.typoBytes,
      },
      {
        name: `Typo "${typo.term}": results ≤ ${TARGETS.typoMs} ms after those of "${corrected.term}" would have come`,
        figure: formatMs(cost.ms),
        met: cost.ms <= TARGETS.typoMs,
      },
    )
  }
  return targets
}

/** What a typo's suggestion costs over searching the corrected word: bytes from a cold start, time once loaded. */
export function typoCost(typo: SearchMeasure, corrected: SearchMeasure): { bytes: number; ms: number } {
  return {
    bytes: typo.arrivalSearchBytes - corrected.arrivalSearchBytes,
    ms: typo.timeToResultsMs - corrected.timeToResultsMs,
  }
}

function lighthouseTargets(result: Omit<BenchResult, 'targets' | 'linearity'>): Target[] {
  return (result.lighthouse ?? []).flatMap((page) => [
    {
      name: `Lighthouse ${page.name} (${page.path}): ${TARGETS.lighthouseScore} in ${LIGHTHOUSE_CATEGORIES.join(', ')}`,
      figure: LIGHTHOUSE_CATEGORIES.map((category) => page.scores[category]).join(' / '),
      met: LIGHTHOUSE_CATEGORIES.every((category) => page.scores[category] >= TARGETS.lighthouseScore),
    },
    {
      name: `Lighthouse ${page.name}: layout shift ≤ ${TARGETS.cls}`,
      figure: page.cls.toFixed(3),
      met: page.cls <= TARGETS.cls,
    },
  ])
}

const resultFile = (dir: string, talks: number, extension: 'json' | 'md', edited?: number, imagesEvery?: number) =>
  join(
    dir,
    `bench-${talks}${edited ? `-edit-${edited}` : ''}${imagesEvery ? `-images-${imagesEvery}` : ''}.${extension}`,
  )

async function readResult(dir: string, talks: number): Promise<BenchResult | undefined> {
  const file = resultFile(dir, talks, 'json')
  if (!existsSync(file)) return undefined
  return JSON.parse(await readFile(file, 'utf8')) as BenchResult
}

/** time(10,000) / time(1,000) when both runs are known, this run standing in for its own size. */
export async function linearityOf(
  dir: string,
  current: Pick<BenchResult, 'talks' | 'phases'>,
): Promise<Linearity | null> {
  const [small, large] = LINEARITY_SIZES
  const wallOf = async (talks: number) => {
    const result = current.talks === talks ? current : await readResult(dir, talks)
    return result?.phases.find((phase) => phase.name === 'total')?.ms
  }
  const smallMs = await wallOf(small)
  const largeMs = await wallOf(large)
  if (smallMs === undefined || largeMs === undefined) return null
  const ratio = largeMs / smallMs
  return {
    smallTalks: small,
    largeTalks: large,
    smallMs,
    largeMs,
    ratio,
    limit: TARGETS.linearity,
    met: ratio <= TARGETS.linearity,
  }
}

function linearityLine(linearity: Linearity): string {
  return (
    `Linearity: time(${formatCount(linearity.largeTalks)}) / time(${formatCount(linearity.smallTalks)}) = ` +
    `${formatMs(linearity.largeMs)} / ${formatMs(linearity.smallMs)} = ${linearity.ratio.toFixed(2)} ` +
    `(target ≤ ${linearity.limit}) ${mark(linearity.met)}`
  )
}

function phaseTable(phases: readonly PhaseFigures[]): string[] {
  return [
    '| Phase | Wall time | Share of total | Pages/s | Peak memory (process tree) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...phases.map((phase) => {
      const row = [
        phase.label,
        formatMs(phase.ms),
        formatShare(phase.share),
        formatCount(phase.pagesPerSecond),
        formatBytes(phase.peakRssBytes),
      ]
      return `| ${(phase.name === 'total' ? row.map((cell) => `**${cell}**`) : row).join(' | ')} |`
    }),
  ]
}

/** Page rendering and search indexing, step by step, as lines under a phase table. */
function detailLines(steps: AstroSteps | null, report: BuildReport, cpuMs: number | null, cpus: number): string[] {
  const lines = []
  if (cpuMs !== null) {
    lines.push(
      `CPU time of the build's processes: ${formatMs(cpuMs)}, what the build asks of the machine whatever else runs on it ` +
        `(on ${cpus} idle cores, its wall time is at least ${formatMs(cpuMs / cpus)}).`,
    )
  }
  if (steps) {
    lines.push(
      `Page rendering, step by step: Astro start-up ${formatMs(steps.startMs)}, setup (config, content sync without the load, types) ` +
        `${formatMs(steps.setupMs)}, bundling ${formatMs(steps.bundleMs)}, pages (rendered or copied) ${formatMs(steps.pagesMs)}, ` +
        `integrations at the end (sitemap, search module) ${formatMs(steps.doneMs)}.`,
    )
  }
  if (report.searchIndexMs) {
    lines.push(
      `Search indexing, step by step: reading and indexing every page ${formatMs(report.searchIndexMs.add)}, ` +
        `writing the index ${formatMs(report.searchIndexMs.write)}.`,
    )
  }
  return lines.length > 0 ? [...lines, ''] : []
}

function memoryPeakLine({ rssBytes, phase, byName }: MemoryPeak): string {
  const holders = Object.entries(byName)
    .sort(([, a], [, b]) => b - a)
    .map(([name, bytes]) => `${name} ${formatBytes(bytes)}`)
    .join(', ')
  const label = PHASES.find(({ name }) => name === phase)?.label.toLowerCase() ?? phase
  return `Memory peak: ${formatBytes(rssBytes)} during ${label}, held by ${holders}.`
}

/** The run as Markdown: dataset, site, phases, an incremental rebuild, search, targets. */
export function toMarkdown(result: BenchResult): string {
  const { machine, dataset, site } = result
  const lines = [
    `# Benchmark: ${formatCount(result.talks)} talks`,
    '',
    `Seed ${result.seed} · ${result.measuredAt} · Node ${machine.node} · ${machine.cpus} × ${machine.cpuModel} · ` +
      `${formatBytes(machine.memoryBytes)} RAM · load average ${machine.loadAverageBefore.toFixed(2)} before, ${machine.loadAverageAfter.toFixed(2)} after` +
      `${machine.otherBuildsAtStart > 0 ? ` · ${machine.otherBuildsAtStart} other build/test process(es) of apps/web running at start` : ''} ` +
      '(other work on the machine shows in the figures).',
    '',
    `Dataset: ${formatCount(result.talks)} talks, ${formatCount(dataset.sessions)} sessions, ${formatCount(dataset.speakers)} speakers, ` +
      `${formatCount(dataset.tags)} tags; ${formatBytes(dataset.bytes)} of ${result.images ? 'export archive (images included)' : 'NDJSON'}, generated in ${formatMs(dataset.generateMs)}.`,
    `Site: ${formatCount(site.pages)} pages written, ${formatBytes(site.outputBytes)} in all, search index ${formatBytes(site.indexBytes)} ` +
      `(${formatCount(site.indexedPages)} pages indexed).`,
    '',
    ...(result.incremental ? ['Full build (no earlier build to reuse):', ''] : []),
    ...phaseTable(result.phases),
    '',
    ...detailLines(result.astroSteps ?? null, result.buildReport, result.buildCpuMs ?? null, machine.cpus),
  ]
  if (result.memoryPeak) lines.push(memoryPeakLine(result.memoryPeak), '')
  if (result.incremental) {
    const { editedTalks, phases, memoryPeak, buildReport } = result.incremental
    const pages = buildReport.pages
    lines.push(
      `Then the title of ${editedTalks.length === 1 ? 'one talk' : `${editedTalks.length} talks`} corrected ` +
        `(${editedTalks.map((talk) => `\`${talk.slug}\``).join(', ')}) and the site rebuilt into the same folder, reusing the full build's pages` +
        (pages
          ? ` (${formatCount(pages.reused)} of the ${formatCount(pages.keyed)} pages with a cache key reused; the others rendered):`
          : ':'),
      '',
      ...phaseTable(phases),
      '',
      ...detailLines(result.incremental.astroSteps, buildReport, result.incremental.cpuMs, machine.cpus),
    )
    if (memoryPeak) lines.push(memoryPeakLine(memoryPeak), '')
  }
  if (result.images) lines.push(...imageLines(result.images, result))
  else lines.push(imageReportLine(result.imageReport ?? null), '')
  if (result.cardCost) {
    lines.push(
      `Social cards, measured as the build pays them: the same build again into an empty page cache, ` +
        `with only the cards in its encode cache: ${cardCostFigure(result.cardCost)}.`,
      '',
    )
  }
  if (result.search) {
    const { runs = 1 } = result.search
    lines.push(
      `Search: first query in fresh Chromium contexts, ${countLabel(runs, { one: 'run', other: 'runs' }, 'en')} per query (the run with the median time is shown, the times of all runs after it), on the site's search page (` +
        'time from typing the words into the loaded page to the first result shown; ' +
        '"with loading" = arriving on /recherche/?q=…, from navigation start' +
        '). Bytes as received from a gzipping static server on 127.0.0.1, headers included; ' +
        '"cold start" = the Pagefind files requested, arriving with the query, before its results showed; for the typed ' +
        'query, "to results" = the Pagefind files requested before its results showed (loading the page included), ' +
        '"in all" = with those requested after (the facet counts\' filter data), "after query" = anything fetched once the ' +
        'query was made.',
      '',
      '| Query | Matches | Shown | Pagefind, cold start | Pagefind to results | Pagefind in all | After query | All bytes | Requests | Time to results | With loading |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...result.search.measures.map(
        (measure) =>
          `| ${measure.kind}: "${measure.term}" | ${formatCount(measure.matches)} | ${measure.shown} | ` +
          `${formatBytes(measure.arrivalSearchBytes)} | ${formatBytes(measure.resultsSearchBytes)} | ${formatBytes(measure.searchBytes)} | ` +
          `${formatBytes(measure.queryBytes)} | ${formatBytes(measure.totalBytes)} | ${measure.requests} | ` +
          `${formatMs(measure.timeToResultsMs)} (${(measure.runsMs ?? []).map(formatMs).join(', ')}) | ${formatMs(measure.timeWithLoadMs)} |`,
      ),
      '',
      ...result.search.measures.map(
        (measure) =>
          `- Bytes of "${measure.term}" by kind: ` +
          Object.entries(measure.bytesByKind ?? {})
            .sort(([, a], [, b]) => b - a)
            .map(([kind, bytes]) => `${kind} ${formatBytes(bytes)}`)
            .join(', '),
      ),
      '',
    )
    if (result.searchFloor) lines.push(...floorLines(result.searchFloor, result.search.measures))
  } else {
    lines.push(`Search: not measured (${result.incremental ? '--edit' : '--skip-search'}).`, '')
  }
  if (result.lighthouse) lines.push(...lighthouseLines(result.lighthouse))
  lines.push(
    '| Target | Figure | Met |',
    '| --- | ---: | :---: |',
    ...result.targets.map(
      (target) =>
        `| ${target.name} | ${target.figure} | ${mark(target.met)}${target.note ? ` (${target.note})` : ''} |`,
    ),
    '',
  )
  lines.push(
    result.linearity ? linearityLine(result.linearity) : `Linearity: needs both bench-1000.json and bench-10000.json.`,
    '',
  )
  lines.push(
    'Phases:',
    ...PHASES.map((phase) => `- ${phase.label}: ${phase.covers}.`),
    '- Total: wall time of the build process, from spawn to exit.',
    '',
  )
  return lines.join('\n')
}

/** What drawing the cards added to the build, with both builds' times. */
function cardCostFigure(cost: CardCost): string {
  const cpu =
    cost.drawnCpuMs !== null && cost.reusedCpuMs !== null
      ? `; CPU ${formatMs(cost.drawnCpuMs)} against ${formatMs(cost.reusedCpuMs)}`
      : ''
  return (
    `${signedShare(cost.share)} (${formatMs(cost.drawnMs)} drawing ${formatCount(cost.cardsDrawn)} cards, ` +
    `${formatMs(cost.reusedMs)} reusing ${formatCount(cost.cardsReused)}${cpu})`
  )
}

/** What the site's image integration said it did, or that it said nothing. */
function imageReportLine(report: ImageReport | null): string {
  if (!report) {
    return 'Image processing: not reported (the build wrote no image report to the file named by WESHARE_IMAGE_REPORT: a site without the image integration).'
  }
  return (
    `Image processing (the site's image report): ${formatCount(report.sourceImages)} source images, ` +
    `encoding ${formatMs(report.encodeMilliseconds)} (${formatCount(report.filesWritten)} files written, ${formatCount(report.filesReused)} reused from the cache, ` +
    `${formatBytes(report.bytesWritten)} written), social cards ${formatMs(report.cardMilliseconds)} ` +
    `(${formatCount(report.cardsWritten)} written, ${formatCount(report.cardsReused)} reused).`
  )
}

/** A run with --images: the archive, the two builds side by side, then what the images cost. */
function imageLines(images: ImageFigures, result: BenchResult): string[] {
  const { counts, archive, withoutImages } = images
  const total = (phases: readonly PhaseFigures[]) => phases.find((phase) => phase.name === 'total')
  const phase = (phases: readonly PhaseFigures[], name: string) =>
    phases.find((figure) => figure.name === name)?.ms ?? 0
  const row = (label: string, without: string, withImages: string) => `| ${label} | ${without} | ${withImages} |`
  return [
    `Images (\`--images ${images.every}\`: one recap figure every ${formatCount(images.every)} talks, an avatar per speaker, a cover per session): ` +
      `${formatCount(counts.figures)} figures, ${formatCount(counts.avatars)} avatars, ${formatCount(counts.covers)} covers = ` +
      `${formatCount(archive.images)} distinct files, ${formatBytes(archive.imageBytes)}, made in ${formatMs(counts.generateMs)}; ` +
      `export archive ${formatBytes(archive.bytes)} (data.ndjson ${formatBytes(archive.ndjsonBytes)}).`,
    '',
    '| Same documents | Without images (NDJSON) | With images (export archive) |',
    '| --- | ---: | ---: |',
    row('Dataset file', formatBytes(withoutImages.datasetBytes), formatBytes(archive.bytes)),
    row('Build, end to end', formatMs(total(withoutImages.phases)?.ms ?? 0), formatMs(total(result.phases)?.ms ?? 0)),
    row(
      'Dataset load',
      formatMs(phase(withoutImages.phases, 'datasetLoad')),
      formatMs(phase(result.phases, 'datasetLoad')),
    ),
    row(
      'Page rendering',
      formatMs(phase(withoutImages.phases, 'rendering')),
      formatMs(phase(result.phases, 'rendering')),
    ),
    row(
      'CPU time of the build',
      withoutImages.cpuMs === null ? '—' : formatMs(withoutImages.cpuMs),
      result.buildCpuMs == null ? '—' : formatMs(result.buildCpuMs),
    ),
    row(
      'Peak memory (process tree)',
      formatBytes(withoutImages.memoryPeak?.rssBytes ?? null),
      formatBytes(result.memoryPeak?.rssBytes ?? null),
    ),
    row('Site output', formatBytes(withoutImages.site.outputBytes), formatBytes(result.site.outputBytes)),
    row('Of which `_images/`', '—', `${formatBytes(images.output.bytes)} (${formatCount(images.output.files)} files)`),
    '',
    `With images: ${imageReportLine(images.report)}`,
    `Without images: ${imageReportLine(withoutImages.report)}`,
    '',
  ]
}

function floorLines(floor: SearchFloor, measures: readonly SearchMeasure[]): string[] {
  const sortKeys = Object.entries(floor.sortKeyBytes)
    .map(([key, bytes]) => `"${key}" ${formatBytes(bytes)}`)
    .join(', ')
  return [
    `Pagefind's floor for these pages: wasm ${formatBytes(floor.wasmBytes)} + runtime ${formatBytes(floor.runtimeBytes)} + ` +
      `metadata of the pages indexed bare ${formatBytes(floor.floorMetadataBytes)} = **${formatBytes(floor.floorBytes)}**; ` +
      // Results measured before the order file existed, when the site's index had the sort keys measured.
      (floor.recentOrderBytes === undefined
        ? `the site's metadata is ${formatBytes(floor.metadataBytes)} (sort keys: ${sortKeys || 'none'}; the rest is the filter list), ` +
          `so its first search loads ${formatBytes(floor.siteBytes)} before any word (measured in ${formatMs(floor.ms)}).`
        : `the site's metadata is ${formatBytes(floor.metadataBytes)} (the bare pages', its filter list and its list of index chunks), ` +
          `so its first search loads ${formatBytes(floor.siteBytes)} before any word (measured in ${formatMs(floor.ms)}). ` +
          `A sort key would add ${sortKeys || 'nothing measured'} to the metadata; ` +
          (floor.recentOrderBytes === null
            ? 'the site writes no order file for « Plus récents ».'
            : `newest first loads the site's order file instead, ${formatBytes(floor.recentOrderBytes)}, and only then.`)),
    '',
    '| Query | Cold start | Floor | Distance | Index chunks + fragments + vocabulary |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...measures.map(
      (measure) =>
        `| ${measure.kind}: "${measure.term}" | ${formatBytes(measure.arrivalSearchBytes)} | ${formatBytes(floor.floorBytes)} | ` +
        `${signedShare(measure.arrivalSearchBytes / floor.floorBytes - 1)} | ${formatBytes(measure.arrivalSearchBytes - floor.siteBytes)} |`,
    ),
    '',
    ...measures
      .filter((measure) => measure.kind === 'typo')
      .flatMap((typo) => {
        const corrected = measures.find((measure) => measure.term === typo.corrects)
        if (!corrected) return []
        const cost = typoCost(typo, corrected)
        return [
          `Typo "${typo.term}" → "${corrected.term}": ${formatBytes(cost.bytes)} more than "${corrected.term}" from a cold start ` +
            `(vocabulary ${formatBytes(typo.bytesByKind.vocabulary ?? 0)}), results ${formatMs(cost.ms)} later once the page is loaded; ` +
            `"${corrected.term}" itself loads ${formatBytes(corrected.bytesByKind.vocabulary ?? 0)} of vocabulary.`,
          '',
        ]
      }),
  ]
}

function lighthouseLines(pages: readonly LighthousePage[]): string[] {
  return [
    'Lighthouse 12 (default mobile settings, simulated throttling):',
    '',
    `| Page | Path | ${LIGHTHOUSE_CATEGORIES.join(' | ')} | CLS | FCP | LCP | TBT | Audits below 1 |`,
    `| --- | --- | ${LIGHTHOUSE_CATEGORIES.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: | --- |`,
    ...pages.map(
      (page) =>
        `| ${page.name} | \`${page.path}\` | ${LIGHTHOUSE_CATEGORIES.map((category) => page.scores[category]).join(' | ')} | ` +
        `${page.cls.toFixed(3)} | ${formatMs(page.fcpMs)} | ${formatMs(page.lcpMs)} | ${formatMs(page.tbtMs)} | ${page.failing.join(', ') || '—'} |`,
    ),
    '',
  ]
}

async function writeAtomically(file: string, contents: string): Promise<void> {
  await writeFile(`${file}.tmp`, contents)
  await rename(`${file}.tmp`, file)
}

/**
 * Writes `bench-<talks>.json` and `.md` (`bench-<talks>-edit-<n>.…` for a run with --edit), each through a `.tmp` file renamed in place, so a killed run
 * never leaves half a file. When the run completes a linearity pair, the other run's files get the
 * same linearity, so the two never disagree.
 */
export async function writeResults(dir: string, result: BenchResult): Promise<{ json: string; markdown: string }> {
  const write = async (run: BenchResult) => {
    const edited = run.incremental?.editedTalks.length
    const every = run.images?.every
    const files = {
      json: resultFile(dir, run.talks, 'json', edited, every),
      markdown: resultFile(dir, run.talks, 'md', edited, every),
    }
    await writeAtomically(files.json, `${JSON.stringify(run, null, 2)}\n`)
    await writeAtomically(files.markdown, toMarkdown(run))
    return files
  }
  const files = await write(result)
  const { linearity } = result
  if (linearity) {
    const partnerTalks = result.talks === linearity.smallTalks ? linearity.largeTalks : linearity.smallTalks
    const partner = await readResult(dir, partnerTalks)
    if (partner) await write({ ...partner, linearity })
  }
  return files
}
