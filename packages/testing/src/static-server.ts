import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Content types of every kind of file an Astro + Pagefind build writes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  // Pagefind's index files are opaque binary chunks fetched by its worker.
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

/** Text files a static host compresses; Pagefind's chunks and wasm are gzipped by Pagefind already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg'])

export interface ServeOptions {
  /**
   * Send text files gzipped when the browser accepts it, as a production host does: measures of
   * transferred bytes need it. Off by default, so that tests see the files as written.
   */
  gzip?: boolean
  /**
   * Let browsers keep files and check them again on each use, as a production host does
   * (`Cache-Control: no-cache` with an ETag; an unchanged file is answered 304 without its body).
   * Off by default: tests get every file afresh (`no-store`).
   */
  revalidate?: boolean
}

export interface StaticServer {
  /** Origin of the server, without a trailing slash: `http://127.0.0.1:41234`. */
  url: string
  close: () => Promise<void>
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/**
 * Maps a request path to a file of `root`, the way a static host does: `dir/` serves `dir/index.html`,
 * a directory without its trailing slash is not served (the site links with trailing slashes
 * everywhere, so such a request is a bug to surface, not to paper over). Returns undefined for
 * anything outside `root`.
 */
function fileForPath(root: string, pathname: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.split(/[/\\]/).includes('..')) return undefined
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded
  const file = resolve(join(root, relative))
  if (file !== root && !file.startsWith(root + sep)) return undefined
  return file
}

/** A validator that changes whenever the file does. */
async function etagOf(file: string): Promise<string> {
  const { size, mtimeMs } = await stat(file)
  return `"${size.toString(16)}-${Math.round(mtimeMs).toString(16)}"`
}

async function send(
  response: ServerResponse,
  status: number,
  file: string | undefined,
  request: IncomingMessage,
  { gzipped, revalidate }: { gzipped: Map<string, Buffer> | undefined; revalidate: boolean },
): Promise<void> {
  const extension = file ? extname(file).toLowerCase() : ''
  const type = file ? (CONTENT_TYPES[extension] ?? 'application/octet-stream') : 'text/plain; charset=utf-8'
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' }
  if (file && status === 200 && revalidate) {
    const etag = await etagOf(file)
    Object.assign(headers, { 'cache-control': 'no-cache', etag })
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { 'cache-control': 'no-cache', etag }).end()
      return
    }
  }
  if (file && gzipped && COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
    const body = gzipped.get(file) ?? gzipSync(await readFile(file))
    gzipped.set(file, body)
    response.writeHead(status, {
      ...headers,
      'content-encoding': 'gzip',
      vary: 'accept-encoding',
      'content-length': String(body.length),
    })
    response.end(request.method === 'HEAD' ? undefined : body)
    return
  }
  response.writeHead(status, headers)
  if (request.method === 'HEAD') {
    response.end()
  } else if (file) {
    createReadStream(file).pipe(response)
  } else {
    response.end(status === 404 ? 'Not found' : 'Bad request')
  }
}

/** Serves a built site on 127.0.0.1 and a free port; missing pages get the site's `404.html` with status 404. */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir)
  const notFound = join(root, '404.html')
  const sending = {
    gzipped: options.gzip ? new Map<string, Buffer>() : undefined,
    revalidate: options.revalidate ?? false,
  }

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = request.method ?? 'GET'
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    // The URL parser already folds `/a/../b`; what is left (`..%2f`, bad escapes, NUL) is refused.
    const { pathname } = new URL(request.url ?? '/', 'http://localhost')
    const file = fileForPath(root, pathname)
    if (!file) {
      await send(response, 400, undefined, request, sending)
      return
    }
    if (await isFile(file)) {
      await send(response, 200, file, request, sending)
    } else {
      await send(response, 404, (await isFile(notFound)) ? notFound : undefined, request, sending)
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      response.end(String(error))
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
