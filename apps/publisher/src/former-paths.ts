import { readSiteRedirects, type Redirect } from '@weshare/web/redirects'
import type { FastifyInstance } from 'fastify'

/*
 * Former addresses of pages (a slug changed after publishing), answered with a 301 to the current
 * page. The build writes them to the site's `_redirects` file (apps/web/scripts/redirects.ts);
 * they are read again after each publish, since a build may add or remove some.
 */

/** `/talks/ancien/` and `/talks/ancien` are one address: folders are served with and without the slash. */
const key = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path)

export class FormerPaths {
  private byPath = new Map<string, Redirect>()

  /** Replaces what is known with the `_redirects` of the site in `siteDir` (none when it has no file). */
  async load(siteDir: string): Promise<number> {
    const redirects = await readSiteRedirects(siteDir)
    this.byPath = new Map(redirects.map((redirect) => [key(redirect.from), redirect]))
    return redirects.length
  }

  /** Where a request path (query included) now lives, or undefined when it is no former address. */
  lookup(url: string): { location: string; status: number } | undefined {
    const [path = '/', query] = url.split(/\?(.*)/s, 2)
    const redirect = this.byPath.get(key(path))
    if (!redirect) return undefined
    return { location: query ? `${redirect.to}?${query}` : redirect.to, status: redirect.status }
  }

  /** Answers former addresses in `app` before its static files (the redirect pages stay for other hosts). */
  register(app: FastifyInstance, headers: Record<string, string> = {}): void {
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return
      const found = this.lookup(request.url)
      if (!found) return
      return reply.code(found.status).headers(headers).header('location', found.location).send()
    })
  }
}
