import { constants } from 'node:zlib'
import compress from '@fastify/compress'
import cookie from '@fastify/cookie'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify'
import type { FormerPaths } from './former-paths.ts'
import { siteNotFound } from './not-found.ts'
import { PREVIEW_COOKIE, PREVIEW_COOKIE_MAX_AGE_S, PREVIEW_ENABLE_PATH, type PreviewAccess } from './preview-access.ts'
import { BROTLI_QUALITY, STATUS_PATH } from './server.ts'
import type { PreviewBuilds } from './status.ts'

/*
 * The editors' preview, on an address of its own: the `--preview` build, its status (which its
 * pages poll to reload after an edit) and its former addresses, all behind the preview cookie.
 * Nothing here may be kept by a shared cache or indexed.
 */

export const PREVIEW_HEADERS = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' } as const

export interface PreviewServerOptions {
  /** The preview build's output; it may not exist yet, and is replaced whole by each build. */
  siteDir: string
  access: PreviewAccess
  status: () => PreviewBuilds
  formerPaths: FormerPaths
  log: (line: string) => void
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The page a browser without the preview cookie gets: what the preview is, and how to open it. */
export function closedPage(reason?: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>Aperçu réservé aux éditeurs</title>
</head>
<body>
<h1>Aperçu réservé aux éditeurs</h1>
<p>Cette adresse montre les brouillons du site avant leur publication. Pour l'ouvrir, passez par le Studio :
l'outil « Aperçu » l'affiche directement, et l'outil « Site public » donne un lien qui l'ouvre dans un onglet.</p>
<p>Le lien n'est valable qu'un moment : s'il a expiré, rouvrez l'aperçu depuis le Studio.</p>${
    reason ? `\n<p><small>Lien refusé : ${escapeHtml(reason)}.</small></p>` : ''
  }
</body>
</html>
`
}

const closed = (reply: FastifyReply, reason?: string) =>
  reply.code(401).headers(PREVIEW_HEADERS).type('text/html; charset=utf-8').send(closedPage(reason))

export async function createPreviewServer(options: PreviewServerOptions): Promise<FastifyInstance> {
  const { siteDir, access, log } = options
  const app = Fastify({ logger: false })

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500
    if (status >= 500) log(`Preview request ${request.method} ${request.url.split('?')[0]} failed: ${error.message}`)
    void reply.code(status).headers(PREVIEW_HEADERS).send({ error: error.message })
  })

  await app.register(cookie, { secret: access.cookieKey })

  app.get(PREVIEW_ENABLE_PATH, async (request, reply) => {
    const verdict = await access.checkLink(request.url)
    if (!verdict.ok) {
      // The link's query holds the secret: only its reason is logged.
      log(`Preview link refused (401): ${verdict.reason}.`)
      return closed(reply, verdict.reason)
    }
    return reply
      .setCookie(PREVIEW_COOKIE, access.cookieValue(), {
        signed: true,
        httpOnly: true,
        // The Presentation tool frames the preview from the Studio's origin: a cross-site frame
        // gets the cookie only with SameSite=None, which browsers take only with Secure
        // (Chromium counts http://127.0.0.1 and localhost as secure).
        sameSite: 'none',
        secure: true,
        // Browsers that block third-party cookies (Safari, private windows, Chromium's incognito)
        // still keep a partitioned one (CHIPS), kept apart per top-level site: the Studio's frame
        // and a tab of the preview each get their own.
        partitioned: true,
        path: '/',
        maxAge: PREVIEW_COOKIE_MAX_AGE_S,
      })
      .code(303)
      .headers(PREVIEW_HEADERS)
      .header('location', verdict.redirectTo)
      .send()
  })

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.split('?')[0] === PREVIEW_ENABLE_PATH) return
    const raw = request.cookies[PREVIEW_COOKIE]
    const unsigned = raw ? request.unsignCookie(raw) : undefined
    if (!unsigned?.valid || !access.isOpen(unsigned.value)) return closed(reply)
  })
  options.formerPaths.register(app, PREVIEW_HEADERS)

  await app.register(compress, {
    global: true,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
  })

  app.get(STATUS_PATH, async (_request, reply) => reply.headers(PREVIEW_HEADERS).send(options.status()))

  await app.register(fastifyStatic, {
    root: siteDir,
    wildcard: true,
    redirect: true,
    index: ['index.html'],
    dotfiles: 'ignore',
    cacheControl: false,
    // no-store: a browser keeps no copy, so there is nothing to revalidate.
    etag: false,
    lastModified: false,
    setHeaders: (reply) => {
      for (const [name, value] of Object.entries(PREVIEW_HEADERS)) reply.header(name, value)
    },
  })

  const notFound = siteNotFound(siteDir, "L'aperçu n'est pas encore construit : sa première construction est en cours.")
  app.setNotFoundHandler(async (request, reply) => notFound(request, reply.headers(PREVIEW_HEADERS)))

  return app
}
