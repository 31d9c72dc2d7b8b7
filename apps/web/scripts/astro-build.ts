import { writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'astro'
import { bugReport } from './failure-report.ts'

/*
 * Renders the site with Astro into --out-dir. Run by build.ts in a process of its own, so that the
 * memory Astro holds is returned before the search index is built (their peaks no longer add up).
 * --timings receives the content layer's timings for the build report.
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

try {
  await build({ root, outDir: args['out-dir'], cacheDir: args['cache-dir'], logLevel: 'info' })
  const content = (globalThis as Record<symbol, unknown>)[Symbol.for('weshare.content.loadTimings')] ?? null
  await writeFile(args.timings, JSON.stringify(content))
} catch (error) {
  // The content loader's errors carry no stack: Astro has logged the report, the error says what failed.
  // Any other error is a bug of ours, said in one line with its stack below a separator.
  const { message, hint, stack } = error as { message?: string; hint?: string; stack?: string }
  if (stack === '') console.error(`${message ?? String(error)}${hint ? `\n${hint}` : ''}`)
  else console.error(bugReport(error))
  process.exitCode = 1
}
