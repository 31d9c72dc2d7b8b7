import { spawn } from 'node:child_process'
import { createWriteStream, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isSharedCacheFailure } from './concurrent-builds.ts'
import { IMAGE_REPORT_VARIABLE } from './image-figures.ts'
import { sampleProcessTree, type MemorySample } from './process-tree-memory.ts'

/** apps/web, whose build script is the production pipeline under test. */
export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../apps/web')

/** What `scripts/build.ts --report` writes. */
export interface BuildReport {
  /** cards: the wait for the social cards drawn while Pagefind indexed, once the search files are written. */
  timingsMs: { astro: number; pagefind: number; vocabulary?: number; cards?: number }
  /** Content load timings; null when the loader left none (a build that read no content). */
  content: { readMs: number; fetchMs: number; validateMs: number; queriesMs: number } | null
  /** Pages with a cache key, and how many of them were copied from the last build rather than rendered. */
  pages?: { keyed: number; reused: number }
  searchPages: number
  /** Of timingsMs.pagefind: reading and indexing the pages, then writing the index. */
  searchIndexMs?: { add: number; write: number }
}

/** One line of the build's output and when the benchmark received it. */
export interface OutputLine {
  at: number
  text: string
}

export interface BuildRun {
  report: BuildReport
  startedAt: number
  endedAt: number
  wallMs: number
  /**
   * CPU time (user + system) of the build's whole process tree, Pagefind's binary included: what
   * the build costs the machine whatever else runs on it, unlike its wall time. Null off Linux.
   */
  cpuMs: number | null
  memory: MemorySample[]
  output: OutputLine[]
}

export interface BuildOptions {
  datasetFile: string
  outDir: string
  reportFile: string
  /** Where the build keeps what a later build to the same site reuses (`--cache`). */
  cacheDir: string
  /** Where the build's whole output is written. */
  logFile: string
  /** Where the site's image integration writes what it did (WESHARE_IMAGE_REPORT). */
  imageReportFile: string
  /** The encode cache of images and social cards (WESHARE_IMAGE_CACHE); the site's own beside `cacheDir` by default. */
  imageCacheDir?: string
  /** Receives each output line as it arrives (progress on the terminal). */
  onLine?: (line: string) => void
}

/**
 * CPU time of the children of this process that have ended and been waited for, with theirs in
 * turn (cutime and cstime of /proc/self/stat, in clock ticks of 1/100 s on Linux).
 */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return null
  }
}

/**
 * Runs `node scripts/build.ts --out <dir> --report <file> --cache <dir>` in apps/web with the
 * dataset file as content source — the command production runs — and samples the memory of its
 * process tree. A second run with the same folders rebuilds incrementally.
 * Throws with the end of the output when the build fails.
 */
export async function runBuild(options: BuildOptions): Promise<BuildRun> {
  // Content Lake variables take precedence over the file: the benchmark must never read them.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SANITY_DATASET_FILE: options.datasetFile,
    [IMAGE_REPORT_VARIABLE]: options.imageReportFile,
  }
  if (options.imageCacheDir) env.WESHARE_IMAGE_CACHE = options.imageCacheDir
  else delete env.WESHARE_IMAGE_CACHE
  delete env.SANITY_PROJECT_ID
  delete env.SANITY_DATASET
  const args = [
    'scripts/build.ts',
    '--out',
    options.outDir,
    '--report',
    options.reportFile,
    '--cache',
    options.cacheDir,
  ]
  const log = createWriteStream(options.logFile)
  const output: OutputLine[] = []

  const cpuBefore = childrenCpuMs()
  const startedAt = performance.now()
  // process.execPath is the Node 24 running the benchmark; the system Node is too old for Astro.
  const child = spawn(process.execPath, args, { cwd: WEB_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const sampler = child.pid === undefined ? undefined : sampleProcessTree(child.pid)
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = ''
    stream.on('data', (chunk: Buffer) => {
      const at = performance.now()
      log.write(chunk)
      const lines = (pending + chunk.toString()).split('\n')
      pending = lines.pop() ?? ''
      for (const text of lines) {
        output.push({ at, text })
        options.onLine?.(text)
      }
    })
    stream.on('end', () => pending && output.push({ at: performance.now(), text: pending }))
  }
  collect(child.stdout)
  collect(child.stderr)
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail)
    child.once('close', done)
  })
  const endedAt = performance.now()
  const cpuAfter = childrenCpuMs()
  const memory = sampler?.stop() ?? []
  await new Promise<void>((done) => log.end(done))

  const command = `node ${args.join(' ')}`
  if (code !== 0) {
    const tail = output
      .slice(-40)
      .map((line) => line.text)
      .join('\n')
    const hint = isSharedCacheFailure(tail)
      ? '\nAnother build of apps/web ran at the same time and replaced the chunks in apps/web/.astro that this one was loading: ' +
        'run the benchmark again when no other build or test of apps/web is running.'
      : ''
    throw new Error(
      `The site build failed (exit code ${String(code)}): \`${command}\` in ${WEB_ROOT} with SANITY_DATASET_FILE=${options.datasetFile}. ` +
        `Whole output in ${options.logFile}; last lines:\n${tail}${hint}`,
    )
  }
  let report: BuildReport
  try {
    report = JSON.parse(await readFile(options.reportFile, 'utf8')) as BuildReport
  } catch (cause) {
    throw new Error(
      `The build succeeded but left no readable report at ${options.reportFile}: does apps/web/scripts/build.ts still accept --report? ` +
        `Whole output in ${options.logFile}.`,
      { cause },
    )
  }
  const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore
  return { report, startedAt, endedAt, wallMs: endedAt - startedAt, cpuMs, memory, output }
}
