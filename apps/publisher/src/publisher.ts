import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { createClient } from '@sanity/client'
import type { FastifyInstance } from 'fastify'
import { BuildQueue, type BuildTrigger } from './build-queue.ts'
import { buildSite } from './build-site.ts'
import type { PublisherConfig, SourceConfig } from './config.ts'
import { contentProblems } from './content-problems.ts'
import { FormerPaths } from './former-paths.ts'
import { hookTargets } from './hook-targets.ts'
import { PreviewAccess } from './preview-access.ts'
import { createPreviewServer } from './preview-server.ts'
import { createServer } from './server.ts'
import type { BuildOutcome, PreviewAccessKind, PreviewBuilds, PublisherStatus, SiteBuilds } from './status.ts'

export interface Publisher {
  /** `http://host:port`, the port as bound (PUBLISHER_PORT=0 takes a free one). */
  url: string
  /** The preview's address, when one is configured. */
  previewUrl: string | undefined
  status: () => PublisherStatus
  /** Resolves when no build runs or waits. */
  settled: () => Promise<void>
  /** Stops taking requests, abandons the running build (the site stays whole), and closes. */
  stop: () => Promise<void>
}

export interface PublisherOptions {
  /** Every line the publisher and its builds print. */
  log?: (line: string) => void
  /** Runs one build; the site build script unless a test gives another. */
  build?: typeof buildSite
}

/** Variables the build must not see: it needs the content source, never the webhook secret. */
const PUBLISHER_ONLY = ['SANITY_WEBHOOK_SECRET', 'PUBLISHER_PREVIEW_SECRET']

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

/**
 * Runs one build process at a time: the public site and the preview share apps/web's Astro state,
 * so their builds take turns, in the order they were asked for.
 */
function oneAtATime() {
  let chain: Promise<unknown> = Promise.resolve()
  return <T>(run: () => Promise<T>): Promise<T> => {
    const next = chain.then(run)
    chain = next.catch(() => undefined)
    return next
  }
}

/** The preview banner's `<time datetime>`: when the content the built preview shows was read. */
async function previewContentTime(siteDir: string): Promise<string | null> {
  const home = join(siteDir, 'index.html')
  if (!existsSync(home)) return null
  const html = await readFile(home, 'utf8')
  return /class="preview-banner[^"]*"[^>]*>[\s\S]*?<time datetime="([^"]+)"/.exec(html)?.[1] ?? null
}

/** A client that can read the preview secrets the Presentation tool writes to the Content Lake. */
function previewSecretsClient(source: SourceConfig) {
  if (source.kind !== 'content-lake' || !source.token) return undefined
  return createClient({
    projectId: source.projectId,
    dataset: source.dataset,
    apiVersion: source.apiVersion,
    token: source.token,
    useCdn: false,
    ...(source.apiHost ? { apiHost: source.apiHost, useProjectHostname: false } : {}),
    ignoreBrowserTokenWarning: true,
  })
}

interface SiteOptions {
  /** `site` or `preview`, for the log. */
  name: string
  outDir: string
  preview: boolean
  debounceMs: number
  env: NodeJS.ProcessEnv
  studioUrl: string | undefined
  exclusive: ReturnType<typeof oneAtATime>
  build: typeof buildSite
  log: (line: string) => void
  /** After each successful build, before its status says it is published. */
  onPublished: () => Promise<void>
}

/** One site kept in step with the content: its build queue and what it has published. */
async function trackSite(options: SiteOptions) {
  const { name, outDir, log } = options
  const label = name === 'preview' ? 'Preview build' : 'Build'
  let completedBuilds = 0
  let last: BuildOutcome | null = null
  let published: { at: string | null; buildMs: number | null } = { at: null, buildMs: null }
  const servedIndex = join(outDir, 'index.html')
  if (existsSync(servedIndex)) published = { at: (await stat(servedIndex)).mtime.toISOString(), buildMs: null }

  const runBuild = (trigger: BuildTrigger, signal: AbortSignal): Promise<void> =>
    options.exclusive(async () => {
      if (signal.aborted) return
      const startedAt = new Date()
      const ids = trigger.documentIds.length > 0 ? ` for ${trigger.documentIds.join(', ')}` : ''
      log(`${label} started (${trigger.reason}${ids}).`)
      const result = await options.build({
        outDir,
        preview: options.preview,
        env: options.env,
        onLine: (line) => log(`  │ ${line}`),
        signal,
      })
      const finishedAt = new Date()
      const durationMs = finishedAt.getTime() - startedAt.getTime()
      if (result.outcome === 'abandoned') {
        log(`${label} abandoned after ${durationMs} ms: the publisher is stopping. What was published is unchanged.`)
        return
      }
      const failed = result.outcome === 'failed'
      const problems = failed ? await contentProblems(options.env, options.studioUrl, { preview: options.preview }) : []
      const errors = problems.filter((problem) => problem.severity === 'error').length
      const error = !failed
        ? null
        : errors > 0
          ? `The content check found ${errors} error${errors === 1 ? '' : 's'}: fix each document named in problems, publish it, and the site is built again.`
          : result.error
      if (!failed) await options.onPublished()
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
        log(`${label} failed after ${durationMs} ms: ${error} What was published is unchanged.`)
      } else {
        published = { at: last.finishedAt, buildMs: durationMs }
        log(`${label} published in ${durationMs} ms.`)
      }
    })

  const queue = new BuildQueue({ debounceMs: options.debounceMs, run: runBuild })
  const builds = (): SiteBuilds => ({
    state: queue.state,
    queued: queue.queued,
    completedBuilds,
    last,
    publishedAt: published.at,
    publishedBuildMs: published.buildMs,
  })
  return { queue, builds }
}

const urlOf = (app: FastifyInstance) => {
  const { address, port } = app.server.address() as AddressInfo
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`
}

export async function startPublisher(
  config: PublisherConfig,
  { log = (line) => console.log(line), build = buildSite }: PublisherOptions = {},
): Promise<Publisher> {
  await mkdir(dirname(config.siteDir), { recursive: true })
  await recoverInterruptedSwap(config.siteDir, log)
  if (config.preview) {
    await mkdir(dirname(config.preview.siteDir), { recursive: true })
    await recoverInterruptedSwap(config.preview.siteDir, log)
  }

  const buildEnv: NodeJS.ProcessEnv = { ...process.env }
  for (const name of PUBLISHER_ONLY) delete buildEnv[name]
  const exclusive = oneAtATime()
  const common = { debounceMs: config.debounceMs, env: buildEnv, studioUrl: config.studioUrl, exclusive, build, log }

  const formerPaths = new FormerPaths()
  const loadFormerPaths = async (paths: FormerPaths, siteDir: string) => {
    try {
      await paths.load(siteDir)
    } catch (error) {
      // A hand-edited _redirects should not stop the site: its pages still redirect with their meta refresh.
      log(`Former addresses not answered with 301: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  await loadFormerPaths(formerPaths, config.siteDir)
  const site = await trackSite({
    ...common,
    name: 'site',
    outDir: config.siteDir,
    preview: false,
    onPublished: () => loadFormerPaths(formerPaths, config.siteDir),
  })

  const previewConfig = config.preview
  let preview:
    { track: Awaited<ReturnType<typeof trackSite>>; builds: () => PreviewBuilds; app: FastifyInstance } | undefined
  if (previewConfig) {
    const previewPaths = new FormerPaths()
    await loadFormerPaths(previewPaths, previewConfig.siteDir)
    let contentTime = await previewContentTime(previewConfig.siteDir)
    const track = await trackSite({
      ...common,
      name: 'preview',
      outDir: previewConfig.siteDir,
      preview: true,
      onPublished: async () => {
        await loadFormerPaths(previewPaths, previewConfig.siteDir)
        contentTime = await previewContentTime(previewConfig.siteDir)
      },
    })
    const builds = (): PreviewBuilds => ({ ...track.builds(), contentTime })
    const access = new PreviewAccess({
      sharedSecret: previewConfig.secret,
      client: previewSecretsClient(config.source),
    })
    const app = await createPreviewServer({
      siteDir: previewConfig.siteDir,
      access,
      status: builds,
      formerPaths: previewPaths,
      log,
    })
    preview = { track, builds, app }
  }

  const previewAccess: PreviewAccessKind[] = []
  if (config.source.kind === 'content-lake') previewAccess.push('studio-secret')
  if (previewConfig?.secret) previewAccess.push('shared-secret')
  const status = (): PublisherStatus => {
    const summary = preview?.builds()
    return {
      ...site.builds(),
      ...(summary && {
        preview: {
          state: summary.state,
          queued: summary.queued,
          completedBuilds: summary.completedBuilds,
          publishedAt: summary.publishedAt,
          publishedBuildMs: summary.publishedBuildMs,
          contentTime: summary.contentTime,
          last: summary.last && { result: summary.last.result, finishedAt: summary.last.finishedAt },
          access: previewAccess,
        },
      }),
    }
  }

  const app = await createServer({
    siteDir: config.siteDir,
    secret: config.secret,
    studioOrigins: config.studioOrigins,
    status,
    formerPaths,
    onHook: (projection) => {
      const targets = hookTargets(projection._id, previewConfig?.release)
      if (targets === 'public-and-preview') {
        // Asked first, so built first: readers wait for no preview.
        site.queue.request('webhook', projection._id)
        preview?.track.queue.request('webhook', projection._id)
        return `rebuild queued (${site.queue.state})${preview ? ', then the preview' : ''}`
      }
      if (targets === 'preview' && preview) {
        preview.track.queue.request('webhook', projection._id)
        return `preview rebuild queued (${preview.track.queue.state}); the public site is unchanged`
      }
      return projection._id.startsWith('versions.')
        ? 'nothing to build: a version of a release that the preview does not show (SANITY_PREVIEW_RELEASE)'
        : 'nothing to build: a draft, and this publisher serves no preview (PUBLISHER_PREVIEW_PORT)'
    },
    log,
  })
  await app.listen({ host: config.host, port: config.port })
  const url = urlOf(app)
  let previewUrl: string | undefined
  if (preview && previewConfig) {
    await preview.app.listen({ host: config.host, port: previewConfig.port })
    previewUrl = urlOf(preview.app)
  }

  // What is served must match the content, whatever happened while the publisher was down.
  site.queue.request('start')
  preview?.track.queue.request('start')

  return {
    url,
    previewUrl,
    status,
    settled: async () => {
      await site.queue.settled()
      await preview?.track.queue.settled()
      await site.queue.settled()
    },
    stop: async () => {
      await Promise.all([site.queue.stop(), preview?.track.queue.stop()])
      await app.close()
      await preview?.app.close()
    },
  }
}
