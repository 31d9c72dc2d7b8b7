import { readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'astro'
import { closeAstroLog, releaseHeldErrors } from './astro-log.ts'
import { bugReport } from './failure-report.ts'
import { markRendering } from './incremental-cache.ts'

/*
 * Renders the site with Astro into --out-dir. Run by build.ts in a process of its own, so that the
 * memory Astro holds is returned before the search index is built (their peaks no longer add up).
 * --timings receives the content layer's timings for the build report, and how many pages were
 * reused from the last build.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values: args } = parseArgs({
  options: { 'out-dir': { type: 'string' }, 'cache-dir': { type: 'string' }, timings: { type: 'string' } },
})
if (!args['out-dir'] || !args['cache-dir'] || !args.timings) {
  console.error(
    'Usage: node scripts/astro-build.ts --out-dir <dir> --cache-dir <dir> --timings <file.json> (run by scripts/build.ts).',
  )
  process.exit(2)
}

/**
 * Pages with a cacheKey, and those of them copied from the last build rather than rendered: Astro
 * lists the first in its incremental manifest, and rewrites its copy of a page only when it renders it.
 */
async function keyedPages(cacheDir: string, startedAt: number): Promise<{ keyed: number; reused: number }> {
  let manifest: { routes?: Record<string, { paths: Record<string, { outputFile: string }> }> }
  try {
    manifest = JSON.parse(await readFile(join(cacheDir, 'incremental-build.json'), 'utf8')) as typeof manifest
  } catch {
    return { keyed: 0, reused: 0 }
  }
  const outputs = Object.values(manifest.routes ?? {}).flatMap((route) =>
    Object.values(route.paths).map((path) => path.outputFile),
  )
  // A copy that is missing was not reused: it is counted as rendered.
  const written = await Promise.all(
    outputs.map((file) =>
      stat(join(cacheDir, 'dist', file)).then(
        (info) => info.mtimeMs >= startedAt,
        () => true,
      ),
    ),
  )
  return { keyed: outputs.length, reused: written.filter((rendered) => !rendered).length }
}

/** Astro's log, written by scripts/astro-log.ts: its errors wait until the build says whether it failed. */
const logger = {
  entrypoint: fileURLToPath(new URL('./astro-log.ts', import.meta.url)),
  config: { level: 'info' as const },
}

try {
  const startedAt = Date.now()
  const cacheDir = resolve(args['cache-dir'])
  // Integrations given here come after those of astro.config.ts.
  await build({
    root,
    outDir: args['out-dir'],
    cacheDir,
    logLevel: 'info',
    logger,
    integrations: [markRendering(cacheDir)],
  })
  releaseHeldErrors(logger.config)
  const content = (globalThis as Record<symbol, unknown>)[Symbol.for('weshare.content.loadTimings')] ?? null
  const pages = await keyedPages(cacheDir, startedAt)
  await writeFile(args.timings, JSON.stringify({ content, pages }))
} catch (error) {
  const astroErrors = closeAstroLog()
  // The content loader's errors carry no stack: the report is in the log, the error says what failed.
  // Any other error is a bug of ours, said in one line with its stack below a separator, then the
  // pages Astro saw failing; a progress line Astro left open is ended first.
  const { message, hint, stack } = error as { message?: string; hint?: string; stack?: string }
  if (stack === '') console.error(`${[...astroErrors, message ?? String(error)].join('\n')}${hint ? `\n${hint}` : ''}`)
  else console.error(`\n${bugReport(error, astroErrors)}`)
  process.exitCode = 1
}
