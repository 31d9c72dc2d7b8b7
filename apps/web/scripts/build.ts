import { createHash } from 'node:crypto'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { isContentError, previewConfigFromEnv, sourceConfigFromEnv } from '@weshare/content'
import { indexSite } from './pagefind-index.ts'
import { PREVIEW_DIST, setBuildMode } from './preview-mode.ts'
import { publishRedirects } from './redirects.ts'

/*
 * Builds the site into a staging folder, indexes it for search, then swaps it in place of dist/.
 * A failure at any step leaves the previous dist/ untouched: readers never get a half-written site.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** `--out <dir>` publishes somewhere else than dist/ (tests build fixture sites side by side). */
/** `--report <file>` writes the time of each phase as JSON (the benchmark reads it). */
/** `--preview` builds the editors' preview from the drafts view, into dist-preview/ (scripts/preview-mode.ts). */
const { values: args } = parseArgs({
  options: { out: { type: 'string' }, report: { type: 'string' }, preview: { type: 'boolean' } },
})
const dist = args.out ? resolve(args.out) : join(root, args.preview ? PREVIEW_DIST : 'dist')
setBuildMode(args.preview === true)
// Staging stays under apps/web whatever the destination: Astro's intermediate server build must
// resolve packages from node_modules, and keeps it beside outDir only when outDir lies under the
// working directory. One folder per destination keeps concurrent builds apart.
const work = join(root, '.staging', createHash('sha256').update(dist).digest('hex').slice(0, 12))
const staging = join(work, 'dist')
const previous = `${dist}.previous`

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

/** Runs scripts/astro-build.ts in its own process; resolves with the content layer's timings. */
async function renderSite(): Promise<unknown> {
  const timingsFile = join(work, 'content-timings.json')
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'scripts/astro-build.ts'),
        '--out-dir',
        staging,
        '--cache-dir',
        join(work, 'cache'),
        '--timings',
        timingsFile,
      ],
      { cwd: root, stdio: 'inherit' },
    )
    child.once('error', fail)
    child.once('close', done)
  })
  if (code !== 0) throw new Error('Astro could not render the site; its messages above say why.')
  return JSON.parse(await readFile(timingsFile, 'utf8')) as unknown
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
  // Settle the content source first: a wrong variable fails here, with its fix, before Astro starts.
  const source = args.preview ? previewConfigFromEnv().config : sourceConfigFromEnv()
  if (source.kind === 'dataset-file') process.env.SANITY_DATASET_FILE = source.file
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  const content = await phase('astro', renderSite)
  const redirects = await phase('redirects', () => publishRedirects(staging))
  if (redirects > 0) console.log(`Redirects: ${redirects} former address(es) lead to their current page.`)
  const report = await phase('pagefind', () => indexSite(staging))
  console.log(`Search index: ${report.pages} pages in ${Math.round(report.ms)} ms.`)
  await rm(previous, { recursive: true, force: true })
  if (existsSync(dist)) await rename(dist, previous)
  await moveDirectory(staging, dist)
  await rm(previous, { recursive: true, force: true })
  await rm(work, { recursive: true, force: true })
  console.log(`Site published to ${dist} (astro ${timings.astro} ms, search index ${timings.pagefind} ms).`)
  if (args.report) {
    await writeFile(args.report, JSON.stringify({ timingsMs: timings, content, searchPages: report.pages }, null, 2))
  }
} catch (error) {
  // Astro has already printed its own errors (the content report among them); add the outcome only.
  if (isContentError(error)) console.error(error.message)
  const message = isContentError(error)
    ? 'the content source is not configured correctly (see above).'
    : error instanceof Error
      ? error.message
      : String(error)
  console.error(`\nBuild failed: ${message}\nThe previously published site in ${dist} is unchanged.`)
  process.exitCode = 1
}
