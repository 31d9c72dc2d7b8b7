import { createHash } from 'node:crypto'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { previewConfigFromEnv, sourceConfigFromEnv, studioUrlFromEnv } from '@weshare/content'
import { CARDS_LATER_VARIABLE } from '../src/lib/images/cards-later.ts'
import { stopSocialCardWorker } from '../src/lib/social-card/index.ts'
import { contentSourceLine } from './content-source-line.ts'
import { addToImageReport, drawLaterCards } from './draw-later-cards.ts'
import { failureReport, RenderFailed } from './failure-report.ts'
import { closeIncrementalCache, codeFingerprint, openIncrementalCache } from './incremental-cache.ts'
import { indexSite } from './pagefind-index.ts'
import { PREVIEW_DIST, setBuildMode } from './preview-mode.ts'
import { publishRedirects } from './redirects.ts'
import { writeVocabulary } from './search-vocabulary.ts'
import { writeRecentOrderFile } from './search-order.ts'
import { allowShrinkFromEnv, checkShrink } from './publish-guard.ts'
import { siteUrlFromEnv } from './site-url.ts'

/*
 * Builds the site into a staging folder, indexes it for search, then swaps it in place of dist/.
 * A failure at any step leaves the previous dist/ untouched: readers never get a half-written site.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** `--out <dir>` publishes somewhere else than dist/ (tests build fixture sites side by side). */
/** `--report <file>` writes the time of each phase as JSON (the benchmark reads it). */
/** `--preview` builds the editors' preview from the drafts view, into dist-preview/ (scripts/preview-mode.ts). */
/** `--allow-shrink` publishes even when the new site has far fewer talks than the published one (publish-guard.ts). */
/**
 * Pages whose content did not change since the last build to the same destination are copied from
 * that build (scripts/incremental-cache.ts); `--full` renders every page. `--cache <dir>` keeps
 * that state elsewhere than node_modules/.astro/builds/ (the benchmark keeps it with its files).
 */
const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    report: { type: 'string' },
    'allow-shrink': { type: 'boolean' },
    full: { type: 'boolean', default: false },
    cache: { type: 'string' },
    preview: { type: 'boolean' },
  },
})
const dist = args.out ? resolve(args.out) : join(root, args.preview ? PREVIEW_DIST : 'dist')
setBuildMode(args.preview === true)
// Staging stays under apps/web whatever the destination: Astro's intermediate server build must
// resolve packages from node_modules, and keeps it beside outDir only when outDir lies under the
// working directory. One folder per destination keeps concurrent builds apart.
const work = join(root, '.staging', createHash('sha256').update(dist).digest('hex').slice(0, 12))
const staging = join(work, 'dist')
const cacheDir = args.cache ? resolve(args.cache) : join(root, 'node_modules', '.astro', 'builds', basename(work))
const previous = `${dist}.previous`
/** The social cards the pages show and the encode cache lacks, listed by Astro's process for this one to draw. */
const cardsLater = join(work, 'cards-later.json')

/** Renames, or copies then removes when the destination is on another file system. */
async function moveDirectory(from: string, to: string): Promise<void> {
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, `${to}.incoming`, { recursive: true })
    await rename(`${to}.incoming`, to)
    await rm(from, { recursive: true, force: true })
  }
}

/** Runs scripts/astro-build.ts in its own process; resolves with the content layer's timings and the pages reused. */
async function renderSite(): Promise<{ content: unknown; pages: { keyed: number; reused: number } }> {
  const timingsFile = join(work, 'content-timings.json')
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(
      process.execPath,
      [join(root, 'scripts/astro-build.ts'), '--out-dir', staging, '--cache-dir', cacheDir, '--timings', timingsFile],
      { cwd: root, stdio: 'inherit', env: { ...process.env, [CARDS_LATER_VARIABLE]: cardsLater } },
    )
    child.once('error', fail)
    child.once('close', done)
  })
  if (code !== 0) throw new RenderFailed('Astro could not render the site; the messages above say why.')
  return JSON.parse(await readFile(timingsFile, 'utf8')) as Awaited<ReturnType<typeof renderSite>>
}

const timings: Record<string, number> = {}
async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await run()
  } finally {
    timings[name] = Math.round(performance.now() - started)
  }
}

try {
  // Settle every variable first: a wrong one fails here, with its fix, before Astro starts.
  const source = args.preview ? previewConfigFromEnv().config : sourceConfigFromEnv()
  console.log(contentSourceLine(source))
  siteUrlFromEnv()
  studioUrlFromEnv()
  const allowShrink = args['allow-shrink'] === true || allowShrinkFromEnv()
  if (source.kind === 'dataset-file') process.env.SANITY_DATASET_FILE = source.file
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  const discarded = await openIncrementalCache(cacheDir, { code: await codeFingerprint(root), full: args.full })
  console.log(discarded ? `Rendering every page: ${discarded}.` : 'Reusing the pages whose content is unchanged.')
  const { content, pages } = await phase('astro', renderSite)
  await closeIncrementalCache(cacheDir)
  console.log(`Pages: ${pages.reused} of the ${pages.keyed} with a cache key reused from the last build.`)
  const redirects = await phase('redirects', () => publishRedirects(staging))
  if (redirects > 0) console.log(`Redirects: ${redirects} former address(es) lead to their current page.`)
  const shrinking = await checkShrink(dist, staging, allowShrink)
  if (shrinking) console.warn(shrinking)
  // The cards are drawn while Pagefind indexes the pages (scripts/draw-later-cards.ts); a failure
  // is reported once both are done, before anything is published.
  const cardsStarted = performance.now()
  const drawing = drawLaterCards(cardsLater, staging)
  drawing.catch(() => {})
  const report = await phase('pagefind', () => indexSite(staging))
  console.log(
    `Search index: ${report.pages} pages in ${Math.round(report.ms)} ms ` +
      `(reading and indexing ${Math.round(report.addMs)} ms, writing ${Math.round(report.writeMs)} ms).`,
  )
  const vocabulary = await phase('vocabulary', () => writeVocabulary(staging))
  console.log(`Search vocabulary: ${vocabulary.words} words in ${Math.round(vocabulary.ms)} ms.`)
  const recent = await phase('recentOrder', () => writeRecentOrderFile(staging))
  console.log(`Search order « Plus récents »: ${recent.pages} pages in ${Math.round(recent.ms)} ms.`)
  const cards = await phase('cards', () => drawing)
  if (cards.cards > 0) {
    console.log(
      `Social cards: ${cards.written} drawn while the search index was built (${cards.reused} found made), ` +
        `${Math.round(cards.bytes / 1024)} kB, ${Math.round(performance.now() - cardsStarted)} ms in all, ` +
        `${timings.cards} ms after the search index.`,
    )
    // The images integration reported the pages' images; these cards complete its figures.
    await addToImageReport(cards)
  }
  // A stop between the two renames would leave no site at all: a stop signal waits for the swap,
  // and the build ends on its own right after it.
  const finishSwapFirst = () => console.log('Stop requested: finishing the swap first.')
  process.on('SIGTERM', finishSwapFirst).on('SIGINT', finishSwapFirst)
  await rm(previous, { recursive: true, force: true })
  if (existsSync(dist)) await rename(dist, previous)
  await moveDirectory(staging, dist)
  process.off('SIGTERM', finishSwapFirst).off('SIGINT', finishSwapFirst)
  await rm(previous, { recursive: true, force: true })
  await rm(work, { recursive: true, force: true })
  console.log(`Site published to ${dist} (astro ${timings.astro} ms, search index ${timings.pagefind} ms).`)
  if (args.report) {
    await writeFile(
      args.report,
      JSON.stringify(
        {
          timingsMs: timings,
          content,
          pages,
          searchPages: report.pages,
          searchIndexMs: { add: Math.round(report.addMs), write: Math.round(report.writeMs) },
          cardsDrawnLater: cards,
        },
        null,
        2,
      ),
    )
  }
} catch (error) {
  console.error(failureReport(error, dist))
  process.exitCode = 1
  await stopSocialCardWorker()
}
