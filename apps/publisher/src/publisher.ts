import { existsSync } from 'node:fs'
import { mkdir, rename, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { BuildQueue, type BuildTrigger } from './build-queue.ts'
import { buildSite } from './build-site.ts'
import type { PublisherConfig } from './config.ts'
import { contentProblems } from './content-problems.ts'
import { createServer } from './server.ts'
import type { BuildOutcome, PublisherStatus } from './status.ts'

export interface Publisher {
  /** `http://host:port`, the port as bound (PUBLISHER_PORT=0 takes a free one). */
  url: string
  status: () => PublisherStatus
  /** Resolves when no build runs or waits. */
  settled: () => Promise<void>
  /** Stops taking requests, abandons the running build (the site stays whole), and closes. */
  stop: () => Promise<void>
}

export interface PublisherOptions {
  /** Every line the publisher and its builds print. */
  log?: (line: string) => void
}

/** Variables the build must not see: it needs the content source, never the webhook secret. */
const PUBLISHER_ONLY = ['SANITY_WEBHOOK_SECRET']

/**
 * A build stopped between its two renames (a power cut, SIGKILL) leaves the site in
 * `<dir>.previous` and nothing at `<dir>`: put it back before serving.
 */
async function recoverInterruptedSwap(siteDir: string, log: (line: string) => void): Promise<void> {
  const previous = `${siteDir}.previous`
  if (existsSync(siteDir) || !existsSync(previous)) return
  await rename(previous, siteDir)
  log(`Restored the site from ${previous}: a build had been stopped in the middle of its swap.`)
}

export async function startPublisher(
  config: PublisherConfig,
  { log = (line) => console.log(line) }: PublisherOptions = {},
): Promise<Publisher> {
  await mkdir(dirname(config.siteDir), { recursive: true })
  await recoverInterruptedSwap(config.siteDir, log)

  const buildEnv: NodeJS.ProcessEnv = { ...process.env }
  for (const name of PUBLISHER_ONLY) delete buildEnv[name]

  let completedBuilds = 0
  let last: BuildOutcome | null = null
  let published: { at: string | null; buildMs: number | null } = { at: null, buildMs: null }
  const servedIndex = join(config.siteDir, 'index.html')
  if (existsSync(servedIndex)) published = { at: (await stat(servedIndex)).mtime.toISOString(), buildMs: null }

  const runBuild = async (trigger: BuildTrigger, signal: AbortSignal): Promise<void> => {
    const startedAt = new Date()
    const ids = trigger.documentIds.length > 0 ? ` for ${trigger.documentIds.join(', ')}` : ''
    log(`Build started (${trigger.reason}${ids}).`)
    const result = await buildSite({
      outDir: config.siteDir,
      env: buildEnv,
      onLine: (line) => log(`  │ ${line}`),
      signal,
    })
    const finishedAt = new Date()
    const durationMs = finishedAt.getTime() - startedAt.getTime()
    if (result.outcome === 'abandoned') {
      log(`Build abandoned after ${durationMs} ms: the publisher is stopping. The published site is unchanged.`)
      return
    }
    const failed = result.outcome === 'failed'
    const problems = failed ? await contentProblems(buildEnv, config.studioUrl) : []
    const errors = problems.filter((problem) => problem.severity === 'error').length
    const error = !failed
      ? null
      : errors > 0
        ? `The content check found ${errors} error${errors === 1 ? '' : 's'}: fix each document named in problems, publish it, and the site is built again.`
        : result.error
    completedBuilds += 1
    last = {
      result: failed ? 'failure' : 'success',
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs,
      reason: trigger.reason,
      trigger: trigger.documentIds,
      problems,
      error,
    }
    if (failed) {
      log(`Build failed after ${durationMs} ms: ${error} The published site is unchanged.`)
    } else {
      published = { at: last.finishedAt, buildMs: durationMs }
      log(`Build published in ${durationMs} ms.`)
    }
  }

  const queue = new BuildQueue({ debounceMs: config.debounceMs, run: runBuild })
  const status = (): PublisherStatus => ({
    state: queue.state,
    queued: queue.queued,
    completedBuilds,
    last,
    publishedAt: published.at,
    publishedBuildMs: published.buildMs,
  })

  const app = await createServer({
    siteDir: config.siteDir,
    secret: config.secret,
    studioOrigins: config.studioOrigins,
    status,
    onHook: (projection) => queue.request('webhook', projection._id),
    log,
  })
  await app.listen({ host: config.host, port: config.port })
  const { address, port } = app.server.address() as AddressInfo
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`

  // What is served must match the content, whatever happened while the publisher was down.
  queue.request('start')

  return {
    url,
    status,
    settled: () => queue.settled(),
    stop: async () => {
      await queue.stop()
      await app.close()
    },
  }
}
