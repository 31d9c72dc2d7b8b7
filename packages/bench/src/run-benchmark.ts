import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { astroSteps } from './astro-steps.ts'
import { cardCostOf, copyCards, type CardCost } from './card-cost.ts'
import { otherBuildsIn } from './concurrent-builds.ts'
import { editTalkTitles } from './edit-dataset.ts'
import { DEFAULT_SEED, RARE_TERM, toNdjson, writeDataset } from './generate-dataset.ts'
import { imageOutput, readImageReport, type ImageFigures } from './image-figures.ts'
import { writeImageExport } from './image-export.ts'
import { runLighthouse } from './lighthouse.ts'
import { measureSearch, type SearchQuery } from './measure-search.ts'
import { measureSearchFloor } from './search-floor.ts'
import { memoryPeak, phaseFigures } from './phases.ts'
import { evaluateTargets, linearityOf, writeResults, type BenchResult, type IncrementalRebuild } from './report.ts'
import { WEB_ROOT, runBuild, type BuildOptions, type BuildRun } from './run-build.ts'
import { siteFiles } from './site-files.ts'

/** The first queries measured: a word of most recaps, the word planted in three, and the first one mistyped. */
export const SEARCH_QUERIES: readonly SearchQuery[] = [
  { term: 'kubernetes', kind: 'common' },
  { term: RARE_TERM, kind: 'rare' },
  { term: 'kuberntes', kind: 'typo', corrects: 'kubernetes' },
]

/**
 * Sort keys whose cost is measured: the site's index has none (« Plus récents » has its own file,
 * src/lib/search-order.ts of the site); "date" is what a sort key for it would add.
 */
const SORT_KEYS = ['date'] as const

export interface BenchmarkOptions {
  talks: number
  seed?: number
  /** Where `bench-<talks>.json` and `.md` go; the working folder `bench-<talks>.tmp/` is made there too. */
  resultsDir: string
  /** Keep the working folder (dataset, build log, built site) instead of removing it. */
  keep?: boolean
  skipSearch?: boolean
  /** Leave out the Lighthouse audits of the four kinds of page. */
  skipLighthouse?: boolean
  /**
   * After the full build, correct the title of this many talks and rebuild incrementally; the run
   * then measures no search and writes `bench-<talks>-edit-<n>.json` and `.md`.
   */
  edit?: number | undefined
  /**
   * Builds from an export archive with images — one recap figure every `images` talks, an avatar
   * per speaker, a cover per session — after the same documents without images; the results go to
   * `bench-<talks>-images-<n>.json` and `.md`.
   */
  images?: number | undefined
  log?: (line: string) => void
}

export interface BenchmarkRun {
  result: BenchResult
  files: { json: string; markdown: string }
  /** The working folder, when kept. */
  workDir?: string
}

/** Build output worth echoing while the benchmark runs (Astro logs one line per page, too many to show). */
const isProgress = (line: string) =>
  !line.includes('├─') &&
  /\[build\]|Loaded |Search index|Search vocabulary|Site published|Pages: |Rendering every|Reusing|error|warn/i.test(
    line,
  )

/**
 * Generates a dataset of `talks` talks, builds the site from it with the production build script,
 * measures the build and a first search, and writes the results.
 */
export async function runBenchmark(options: BenchmarkOptions): Promise<BenchmarkRun> {
  const log = options.log ?? (() => {})
  if (options.images && options.edit) {
    throw new Error(
      'Cannot measure --images and --edit in one run: the edit rewrites the dataset as NDJSON. Run them one at a time.',
    )
  }
  const seed = options.seed ?? DEFAULT_SEED
  const workDir = join(
    options.resultsDir,
    `bench-${options.talks}${options.images ? `-images-${options.images}` : ''}.tmp`,
  )
  await rm(workDir, { recursive: true, force: true })
  await mkdir(workDir, { recursive: true })
  const loadAverageBefore = loadavg()[0] ?? 0

  log(`Generating ${options.talks} talks (seed ${seed})…`)
  const generateStarted = performance.now()
  const plainFile = join(workDir, 'dataset.ndjson')
  let datasetFile = plainFile
  let documents
  let dataset
  let imageExport
  if (options.images) {
    log(
      `Making the images (one recap figure every ${options.images} talks, an avatar per speaker, a cover per session)…`,
    )
    datasetFile = join(workDir, 'dataset.tar.gz')
    imageExport = await writeImageExport(datasetFile, {
      talks: options.talks,
      every: options.images,
      seed,
      withoutImages: (ndjson) => writeFile(plainFile, ndjson),
    })
    documents = imageExport.dataset.documents
    dataset = {
      bytes: imageExport.archive.bytes,
      documents: documents.length,
      ...imageExport.dataset.counts,
      generateMs: performance.now() - generateStarted,
    }
    log(
      `  ${imageExport.archive.images} images, ${(imageExport.archive.imageBytes / 1e6).toFixed(1)} MB, made in ${(imageExport.images.generateMs / 1000).toFixed(1)} s.`,
    )
  } else {
    const written = await writeDataset(datasetFile, { talks: options.talks, seed })
    documents = written.documents
    dataset = {
      bytes: written.bytes,
      documents: documents.length,
      ...written.counts,
      generateMs: performance.now() - generateStarted,
    }
  }

  const others = otherBuildsIn(WEB_ROOT)
  if (others.length > 0) {
    log(
      `Warning: ${others.length} other process(es) are building or testing apps/web (${others
        .slice(0, 3)
        .map((other) => `pid ${other.pid}: ${other.command.slice(0, 80)}`)
        .join('; ')}). They share apps/web/.astro with this build, which can make it fail, and they slow it down.`,
    )
  }
  const siteDir = join(workDir, 'site')
  const build = async (
    name: string,
    {
      source = datasetFile,
      outDir = siteDir,
      cacheDir = join(workDir, 'build-cache'),
      imageCacheDir = undefined as string | undefined,
    } = {},
  ): Promise<BuildRun> => {
    const logFile = join(workDir, `${name}.log`)
    const buildOptions: BuildOptions = {
      datasetFile: source,
      outDir,
      reportFile: join(workDir, `${name}-report.json`),
      cacheDir,
      imageCacheDir,
      logFile,
      imageReportFile: join(workDir, `${name}-images.json`),
      onLine: (line) => isProgress(line) && log(`  build │ ${line}`),
    }
    try {
      return await runBuild(buildOptions)
    } catch (error) {
      log(`The working folder ${workDir} is kept for diagnosis (the dataset, ${name}.log).`)
      throw error
    }
  }

  let images: ImageFigures | null = null
  if (imageExport) {
    log(`Building the site without images first (SANITY_DATASET_FILE=${plainFile})…`)
    const outDir = join(workDir, 'site-without-images')
    const plain = await build('build-without-images', {
      source: plainFile,
      outDir,
      cacheDir: join(workDir, 'build-cache-without-images'),
    })
    const plainSite = await siteFiles(outDir)
    const { file: _file, ...archive } = imageExport.archive
    images = {
      every: options.images as number,
      counts: imageExport.images,
      archive,
      output: { files: 0, bytes: 0 },
      report: null,
      withoutImages: {
        phases: phaseFigures(plain, plainSite.pages),
        memoryPeak: memoryPeak(plain),
        cpuMs: plain.cpuMs,
        site: plainSite,
        datasetBytes: (await stat(plainFile)).size,
        report: await readImageReport(join(workDir, 'build-without-images-images.json')),
      },
    }
    await rm(outDir, { recursive: true, force: true })
  }
  log(`Building the site (apps/web/scripts/build.ts, SANITY_DATASET_FILE=${datasetFile})…`)
  const imageCacheDir = join(workDir, 'image-cache')
  const run = await build('build', { imageCacheDir })
  const site = await siteFiles(siteDir)
  const phases = phaseFigures(run, site.pages)
  const imageReport = await readImageReport(join(workDir, 'build-images.json'))
  if (images) images = { ...images, output: await imageOutput(siteDir), report: imageReport }

  // With --images the second build would encode every image again (half an hour at 10,000 talks):
  // the cards' cost is measured by the run without images.
  let cardCost: CardCost | null = null
  const cardsCacheDir = join(workDir, 'image-cache-cards')
  if (!options.images && imageReport && (await copyCards(imageCacheDir, cardsCacheDir))) {
    log('Building the same site again with its social cards already drawn, to measure what drawing them costs…')
    const outDir = join(workDir, 'site-cards-reused')
    const reused = await build('build-cards-reused', {
      outDir,
      cacheDir: join(workDir, 'build-cache-cards-reused'),
      imageCacheDir: cardsCacheDir,
    })
    const reusedReport = await readImageReport(join(workDir, 'build-cards-reused-images.json'))
    if (!reusedReport) throw new Error(`The build into ${outDir} wrote no image report, though the first one did.`)
    cardCost = cardCostOf({ run, report: imageReport }, { run: reused, report: reusedReport })
    await rm(outDir, { recursive: true, force: true })
  }

  let incremental: IncrementalRebuild | null = null
  if (options.edit) {
    const { documents: edited, edits } = editTalkTitles(documents, options.edit)
    await writeFile(datasetFile, toNdjson(edited))
    log(
      `Correcting the title of ${edits.length} talk(s) (${edits.map((edit) => edit.slug).join(', ')}) and rebuilding…`,
    )
    const rebuild = await build('rebuild', { imageCacheDir })
    incremental = {
      editedTalks: edits,
      phases: phaseFigures(rebuild, site.pages),
      astroSteps: astroSteps(rebuild),
      cpuMs: rebuild.cpuMs,
      memoryPeak: memoryPeak(rebuild),
      buildReport: rebuild.report,
    }
  }

  let search = null
  let searchFloor = null
  if (!options.skipSearch && !options.edit) {
    log('Measuring a first search in Chromium…')
    search = await measureSearch(siteDir, SEARCH_QUERIES)
    log("Measuring Pagefind's floor for these pages…")
    searchFloor = await measureSearchFloor(siteDir, SORT_KEYS)
  }
  let lighthouse = null
  if (!options.skipLighthouse && !options.edit) {
    log('Running Lighthouse on the home, a session, a talk and the search page…')
    lighthouse = await runLighthouse(siteDir, SEARCH_QUERIES[0]!.term)
  }

  const measured = {
    talks: options.talks,
    seed,
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
      memoryBytes: totalmem(),
      node: process.version,
      loadAverageBefore,
      loadAverageAfter: loadavg()[0] ?? 0,
      otherBuildsAtStart: others.length,
    },
    dataset,
    site: { ...site, indexedPages: run.report.searchPages },
    phases,
    astroSteps: astroSteps(run),
    buildCpuMs: run.cpuMs,
    memoryPeak: memoryPeak(run),
    buildReport: run.report,
    search,
    searchFloor,
    lighthouse,
    incremental,
    imageReport,
    cardCost,
    images,
  }
  const result: BenchResult = {
    ...measured,
    targets: evaluateTargets(measured),
    // An edit run's full build writes the cache of pages a later build reuses, and an image run
    // reads an archive with images: neither is the build that linearity compares.
    linearity: options.edit || options.images ? null : await linearityOf(options.resultsDir, measured),
  }
  const files = await writeResults(options.resultsDir, result)
  if (options.keep) return { result, files, workDir }
  await rm(workDir, { recursive: true, force: true })
  return { result, files }
}
