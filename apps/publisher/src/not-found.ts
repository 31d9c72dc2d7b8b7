import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyReply, FastifyRequest } from 'fastify'

/**
 * The answer to a path the built site does not have: its own 404 page when it has one, 503 while
 * the first build has not written the site yet (`notBuilt` says so in French), else a plain 404.
 * `pageHeaders` go on the 404 page only.
 */
export function siteNotFound(
  siteDir: string,
  notBuilt: string,
  pageHeaders: Record<string, string> = {},
): (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply> {
  return async (request, reply) => {
    if (existsSync(join(siteDir, '404.html'))) return reply.code(404).headers(pageHeaders).sendFile('404.html', siteDir)
    if (!existsSync(siteDir)) {
      return reply.code(503).header('retry-after', '30').type('text/plain; charset=utf-8').send(notBuilt)
    }
    return reply.code(404).type('text/plain; charset=utf-8').send(`Page introuvable : ${request.url}`)
  }
}
