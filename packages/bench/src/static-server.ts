import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

/*
 * Serves a built site the way a static host does, gzip included: the search target is about
 * compressed bytes, so text files are sent gzipped when the browser asks for it. Pagefind's index
 * chunks, fragments and wasm are already gzipped by Pagefind and go out as they are.
 * (apps/web/e2e/harness/static-server.ts serves uncompressed, which would overstate the transfer.)
 */

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg'])

export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string
  close: () => Promise<void>
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  const file = resolve(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded))
  if (!file.startsWith(root + sep)) return undefined
  try {
    return (await stat(file)).isFile() ? file : undefined
  } catch {
    return undefined
  }
}

/** Serves `dir` on 127.0.0.1 and a free port. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir)
  const gzipped = new Map<string, Buffer>()
  const server = createServer((request, response) => {
    void (async () => {
      const file = await fileFor(root, new URL(request.url ?? '/', 'http://localhost').pathname)
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
        return
      }
      const extension = extname(file).toLowerCase()
      const headers: Record<string, string> = {
        'content-type': TYPES[extension] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      }
      let body: Buffer = await readFile(file)
      if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        const cached = gzipped.get(file) ?? gzipSync(body)
        gzipped.set(file, cached)
        body = cached
        headers['content-encoding'] = 'gzip'
        headers.vary = 'accept-encoding'
      }
      response.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body)
    })().catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error))
    })
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => done())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections()
        server.close((error) => (error ? fail(error) : done()))
      }),
  }
}
