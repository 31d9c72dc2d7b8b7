import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEFAULT_SEED } from './generate-dataset.ts'
import { measureRead, readToMarkdown, writeReadResults, type ReadKind } from './read-memory.ts'
import { toMarkdown } from './report.ts'
import { runBenchmark } from './run-benchmark.ts'

/*
 * npm run bench -- --talks 10000 [--seed N] [--results DIR] [--keep] [--skip-search] [--skip-lighthouse] [--edit N] [--images N]
 * npm run bench -- --read-export <MB> | --read-ndjson <MB> [--seed N] [--results DIR]
 * Targets are printed next to the figures, never enforced: only a failed build fails the run.
 */

const USAGE =
  'Usage: npm run bench -- --talks <count> [--seed <integer>] [--results <dir>] [--keep] [--skip-search] [--skip-lighthouse] [--edit <talks> | --images <every>]\n' +
  '       npm run bench -- --read-export <MB> | --read-ndjson <MB> [--seed <integer>] [--results <dir>]'
const DEFAULT_RESULTS = resolve(dirname(fileURLToPath(import.meta.url)), '../results')

class UsageError extends Error {}

function wholeNumber(
  flag: string,
  value: string | undefined,
  { min, example }: { min: number; example: string },
): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(parsed) || parsed < min) {
    throw new UsageError(
      `${flag} "${value}" is not a whole number of at least ${min}: give one, e.g. \`${flag} ${example}\`.`,
    )
  }
  return parsed
}

function parseOptions(argv: string[]) {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        talks: { type: 'string' },
        seed: { type: 'string' },
        results: { type: 'string' },
        keep: { type: 'boolean', default: false },
        'skip-search': { type: 'boolean', default: false },
        'skip-lighthouse': { type: 'boolean', default: false },
        edit: { type: 'string' },
        images: { type: 'string' },
        'read-export': { type: 'string' },
        'read-ndjson': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }))
  } catch (cause) {
    throw new UsageError(`${(cause as Error).message}\n${USAGE}`, { cause })
  }
  if (values.help) return undefined
  // npm runs the script in packages/bench; a relative --results means the folder the command was typed in.
  const typedIn = process.env.INIT_CWD ?? process.cwd()
  const resultsDir = values.results ? resolve(typedIn, values.results) : DEFAULT_RESULTS
  const seed = wholeNumber('--seed', values.seed, { min: 0, example: String(DEFAULT_SEED) }) ?? DEFAULT_SEED
  const reads = (['export', 'ndjson'] as const).flatMap((kind) => {
    const megabytes = wholeNumber(`--read-${kind}`, values[`read-${kind}`], { min: 1, example: '600' })
    return megabytes === undefined ? [] : [{ kind, megabytes }]
  })
  if (reads.length > 0) {
    if (values.talks !== undefined || values.images !== undefined || values.edit !== undefined) {
      throw new UsageError(
        `--read-export and --read-ndjson measure reading a file only: run them without --talks, --images or --edit.\n${USAGE}`,
      )
    }
    return { mode: 'read' as const, reads, seed, resultsDir }
  }
  const talks = wholeNumber('--talks', values.talks, { min: 1, example: '1000' })
  if (talks === undefined) {
    throw new UsageError(
      `--talks is missing: say how many talks to generate, e.g. \`npm run bench -- --talks 1000\`.\n${USAGE}`,
    )
  }
  const edit = wholeNumber('--edit', values.edit, { min: 1, example: '1' })
  const images = wholeNumber('--images', values.images, { min: 1, example: '5' })
  if (edit !== undefined && images !== undefined) {
    throw new UsageError(
      `--edit and --images cannot be measured in one run (the edit rewrites the dataset as NDJSON): run one, then the other.\n${USAGE}`,
    )
  }
  return {
    mode: 'build' as const,
    talks,
    seed,
    resultsDir,
    keep: values.keep,
    skipSearch: values['skip-search'],
    skipLighthouse: values['skip-lighthouse'],
    edit,
    images,
  }
}

async function runReads(reads: ReadonlyArray<{ kind: ReadKind; megabytes: number }>, seed: number, resultsDir: string) {
  for (const { kind, megabytes } of reads) {
    const measure = await measureRead(kind, megabytes, { seed, log: (line) => console.log(line) })
    const files = await writeReadResults(resultsDir, measure)
    console.log(`\n${readToMarkdown(measure)}`)
    console.log(`Results: ${shown(files.json)}, ${shown(files.markdown)}`)
  }
}

function shown(file: string): string {
  return relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file)
}

try {
  const options = parseOptions(process.argv.slice(2))
  if (!options) {
    console.log(USAGE)
  } else if (options.mode === 'read') {
    await runReads(options.reads, options.seed, options.resultsDir)
  } else {
    const { result, files, workDir } = await runBenchmark({ ...options, log: (line) => console.log(line) })
    console.log(`\n${toMarkdown(result)}`)
    console.log(`Results: ${shown(files.json)}, ${shown(files.markdown)}`)
    if (workDir) console.log(`Kept the dataset, build log and built site in ${workDir}.`)
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message)
    process.exitCode = 2
  } else {
    console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
