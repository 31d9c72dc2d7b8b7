import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { REPO_ROOT } from '@weshare/content'

/** apps/web, whose build script is the one production pipeline: stage → index → swap. */
const WEB_ROOT = resolve(REPO_ROOT, 'apps/web')

/**
 * The command every publisher build runs. This is the only place that says how the site is built:
 * a flag the build script gains (an incremental mode, say) is added to this list and nowhere else.
 */
export function buildCommand(outDir: string, preview = false): string[] {
  return [resolve(WEB_ROOT, 'scripts/build.ts'), '--out', outDir, ...(preview ? ['--preview'] : [])]
}

export interface BuildSiteOptions {
  outDir: string
  /** The editors' preview (`--preview`): the drafts view, with its banner and editing attributes. */
  preview?: boolean
  /** The build's environment: the content source variables, SITE_URL, SANITY_STUDIO_URL. */
  env: NodeJS.ProcessEnv
  /** Each line the build prints. */
  onLine: (line: string) => void
  /** Aborting abandons the build: the published site stays as it was. */
  signal: AbortSignal
}

export type BuildSiteResult = { outcome: 'published' } | { outcome: 'failed'; error: string } | { outcome: 'abandoned' }

/** How long an abandoned build may take to stop before it is killed. */
const STOP_GRACE_MS = 10_000

/** Lines kept to explain a failure that printed no "Build failed" line. */
const TAIL_LINES = 15

/**
 * Runs the site build (`node apps/web/scripts/build.ts --out <outDir> [--preview]`) in a process group of its
 * own, so that abandoning it stops Astro and Pagefind too. The build script defers a stop signal
 * while it swaps the folders, so an abandoned build leaves either the previous site or the new
 * one, whole.
 */
export async function buildSite({ outDir, preview, env, onLine, signal }: BuildSiteOptions): Promise<BuildSiteResult> {
  if (signal.aborted) return { outcome: 'abandoned' }
  const child = spawn(process.execPath, buildCommand(outDir, preview), {
    cwd: WEB_ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const tail: string[] = []
  let failureLine: string | undefined
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = ''
    stream.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        onLine(line)
        if (line.startsWith('Build failed: ')) failureLine = line.slice('Build failed: '.length)
        if (line.trim() !== '') tail.push(line)
        if (tail.length > TAIL_LINES) tail.shift()
      }
    })
    stream.on('end', () => pending && onLine(pending))
  }
  collect(child.stdout)
  collect(child.stderr)

  let stopTimer: NodeJS.Timeout | undefined
  const signalGroup = (name: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, name)
    } catch (error) {
      // The group has ended meanwhile: nothing left to stop.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
  }
  const abandon = () => {
    if (child.exitCode !== null) return
    signalGroup('SIGTERM')
    stopTimer = setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS)
  }
  signal.addEventListener('abort', abandon, { once: true })
  try {
    const code = await new Promise<number | null>((done, fail) => {
      child.once('error', fail)
      child.once('close', done)
    })
    if (code === 0) return { outcome: 'published' }
    if (signal.aborted) return { outcome: 'abandoned' }
    return {
      outcome: 'failed',
      error: failureLine ?? `The build stopped with exit code ${String(code)}; its last lines:\n${tail.join('\n')}`,
    }
  } finally {
    signal.removeEventListener('abort', abandon)
    clearTimeout(stopTimer)
  }
}
