import { existsSync } from 'node:fs'
import { rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'astro'
import { indexSite } from './pagefind-index.ts'

/*
 * Builds the site into a staging folder, indexes it for search, then swaps it in place of dist/.
 * A failure at any step leaves the previous dist/ untouched: readers never get a half-written site.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** `--out <dir>` publishes somewhere else than dist/ (tests build fixture sites side by side). */
/** `--report <file>` writes the time of each phase as JSON (the benchmark reads it). */
const { values: args } = parseArgs({ options: { out: { type: 'string' }, report: { type: 'string' } } })
const dist = args.out ? resolve(args.out) : join(root, 'dist')
const work = `${dist}.staging`
const staging = join(work, 'dist')
const previous = join(work, 'previous')

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
  await rm(work, { recursive: true, force: true })
  await phase('astro', () => build({ root, outDir: staging, logLevel: 'info' }))
  const report = await phase('pagefind', () => indexSite(staging))
  console.log(`Search index: ${report.pages} pages in ${Math.round(report.ms)} ms.`)
  if (existsSync(dist)) await rename(dist, previous)
  await rename(staging, dist)
  await rm(work, { recursive: true, force: true })
  console.log(`Site published to ${dist} (astro ${timings.astro} ms, search index ${timings.pagefind} ms).`)
  if (args.report) {
    const content = (globalThis as Record<symbol, unknown>)[Symbol.for('weshare.content.loadTimings')] ?? null
    await writeFile(args.report, JSON.stringify({ timingsMs: timings, content, searchPages: report.pages }, null, 2))
  }
} catch (error) {
  // Astro has already printed its own errors (the content report among them); add the outcome only.
  const message = error instanceof Error ? error.message : String(error)
  console.error(`\nBuild failed: ${message}\nThe previously published site in ${dist} is unchanged.`)
  process.exitCode = 1
}
