import { relative, sep } from 'node:path'
import { constants } from 'node:zlib'
import compress from '@fastify/compress'
import cors from '@fastify/cors'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify'
import { cacheControlFor, REVALIDATE } from './cache-policy.ts'
import type { FormerPaths } from './former-paths.ts'
import { siteNotFound } from './not-found.ts'
import type { PublisherStatus } from './status.ts'
import {
  HandledKeys,
  MAX_HOOK_BYTES,
  SIGNATURE_HEADER_NAME,
  describeProjection,
  verifyHook,
  type HookProjection,
} from './webhook.ts'

export const HOOK_PATH = '/hooks/sanity'
export const STATUS_PATH = '/status'

export interface ServerOptions {
  /** The published site, served at `/`; it may not exist yet, and is replaced whole by each build. */
  siteDir: string
  secret: string
  /** Origins allowed to read the status from a browser. */
  studioOrigins: string[]
  status: () => PublisherStatus
  /** A hook passed every check: queue what it changes; says what was queued, for the log. */
  onHook: (projection: HookProjection) => string | void
  log: (line: string) => void
  /** Former addresses of pages, answered with a 301 to the current page. */
  formerPaths?: FormerPaths
  now?: () => number
}

/** Brotli's default (11) costs tens of milliseconds per page; 5 compresses nearly as well. */
export const BROTLI_QUALITY = 5

/**
 * The publisher's HTTP side, on fastify: the published site (@fastify/static: ETag, Last-Modified,
 * 304, ranges; @fastify/compress: brotli and gzip), the webhook and the status.
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const { siteDir, log } = options
  const now = options.now ?? Date.now
  const app = Fastify({ logger: false, bodyLimit: MAX_HOOK_BYTES })

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500
    if (status === 413)
      log(`Webhook refused (413): the body is over ${MAX_HOOK_BYTES} bytes; Sanity's projections are a few hundred.`)
    else if (status >= 500) log(`Request ${request.method} ${request.url} failed: ${error.message}`)
    void reply
      .code(status)
      .send({ error: status === 413 ? `The body is over ${MAX_HOOK_BYTES} bytes.` : error.message })
  })

  options.formerPaths?.register(app, { 'cache-control': REVALIDATE })

  await app.register(compress, {
    global: true,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
  })

  await app.register(async (scope) => {
    await scope.register(cors, { origin: options.studioOrigins, methods: ['GET'] })
    scope.get(STATUS_PATH, async (_request, reply) => reply.header('cache-control', 'no-store').send(options.status()))
  })

  const handled = new HandledKeys()
  await app.register(async (scope) => {
    // The signature covers the bytes as sent: the body is kept raw, whatever its content type.
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body))
    scope.post(HOOK_PATH, async (request, reply) => {
      const raw = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : ''
      const verdict = await verifyHook(raw, request.headers[SIGNATURE_HEADER_NAME], options.secret, now())
      if (!verdict.ok) {
        log(`Webhook refused (${verdict.status}): ${verdict.reason}. Nothing was built.`)
        return reply.code(verdict.status).send({ error: verdict.reason })
      }
      const key = request.headers['idempotency-key']
      const summary = describeProjection(verdict.projection)
      if (typeof key === 'string' && handled.seenBefore(key, now())) {
        log(`Webhook already handled (idempotency-key ${key}): ${summary}. Nothing more to build.`)
        return reply.code(200).send({ status: 'already handled' })
      }
      const queued = options.onHook(verdict.projection)
      log(`Webhook accepted: ${summary}; ${queued ?? `rebuild queued (${options.status().state})`}.`)
      return reply.code(202).send({ status: 'queued' })
    })
    scope.route({
      method: ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      url: HOOK_PATH,
      handler: async (request, reply) =>
        reply
          .code(405)
          .header('allow', 'POST')
          .send({ error: `${request.method} is not allowed here: Sanity's webhook sends POST.` }),
    })
  })

  await app.register(fastifyStatic, {
    root: siteDir,
    // The folder appears with the first build, and is replaced by each later one: files are looked
    // up per request, never listed once at start.
    wildcard: true,
    redirect: true,
    index: ['index.html'],
    dotfiles: 'ignore',
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders: (reply, path) => {
      reply.header('cache-control', cacheControlFor(`/${relative(siteDir, path).split(sep).join('/')}`))
    },
  })

  app.setNotFoundHandler(
    siteNotFound(siteDir, "Le site n'est pas encore publié : sa première construction est en cours.", {
      'cache-control': REVALIDATE,
    }),
  )

  return app
}
