import { createReadStream, existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import { build, type BuildOptions } from 'esbuild'
import { PAGEFIND_URL, SEARCH_ASSETS_DIR, SEARCH_MODULE_URL } from '../src/lib/search-assets.ts'

/*
 * The search module (src/scripts/search/search.ts) is not part of any page: the inline loader of
 * every page imports it by URL only when a reader opens search, so it needs a stable URL, which
 * Vite's hashed page scripts do not have. esbuild (which Astro already runs, through Vite) bundles
 * it to that URL:
 * - `astro build`: into <outDir>/search/ at astro:build:done, minified;
 * - `astro dev`: on each request, through a dev-server middleware, so edits show on reload.
 * In dev the same middleware serves /pagefind/ from the last build's dist/pagefind/ (Pagefind
 * indexes built HTML, so dev has no index of its own), or answers 404 with what to run.
 */

const ENTRY = fileURLToPath(new URL('../src/scripts/search/search.ts', import.meta.url))
const MODULE_NAME = SEARCH_MODULE_URL.slice(SEARCH_MODULE_URL.lastIndexOf('/') + 1, -'.js'.length)

function bundleOptions(dev: boolean): BuildOptions {
  return {
    entryPoints: { [MODULE_NAME]: ENTRY },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    // pagefind.js is imported at run time from the site, never bundled.
    external: [`${PAGEFIND_URL}*`],
    define: { __SEARCH_DEV__: String(dev) },
    logLevel: 'silent',
  }
}

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' })
  response.end(body)
}

/** The file of `dir` a URL path under `prefix` names, or undefined when it would leave `dir`. */
function fileUnder(dir: string, prefix: string, pathname: string): string | undefined {
  let relative: string
  try {
    relative = decodeURIComponent(pathname.slice(prefix.length))
  } catch {
    return undefined
  }
  const file = resolve(dir, relative)
  return file.startsWith(dir + sep) ? file : undefined
}

async function bundleSize(dir: string, logger: AstroIntegrationLogger): Promise<void> {
  const code = await readFile(join(dir, `${MODULE_NAME}.js`))
  logger.info(`${SEARCH_MODULE_URL}: ${code.length} bytes, ${gzipSync(code, { level: 9 }).length} gzipped.`)
}

export function searchAssets(): AstroIntegration {
  let outDir = ''
  return {
    name: 'weshare:search-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir)
      },
      'astro:server:setup': ({ server, logger }) => {
        let warned = false
        server.middlewares.use((request, response, next) => {
          const { pathname } = new URL(request.url ?? '/', 'http://dev.local')
          if (pathname === SEARCH_MODULE_URL) {
            build({ ...bundleOptions(true), write: false })
              .then(({ outputFiles }) => send(response, 200, TYPES['.js']!, Buffer.from(outputFiles[0]!.contents)))
              .catch((error: unknown) => {
                logger.error(`Could not bundle ${ENTRY} for ${SEARCH_MODULE_URL}: ${String(error)}`)
                send(response, 500, 'text/plain; charset=utf-8', `Bundling the search module failed: ${String(error)}`)
              })
            return
          }
          if (!pathname.startsWith(PAGEFIND_URL)) return next()
          const index = resolve(outDir, PAGEFIND_URL.replace(/^\/|\/$/g, ''))
          const file = fileUnder(index, PAGEFIND_URL, pathname)
          if (!existsSync(join(index, 'pagefind.js'))) {
            if (!warned) {
              logger.warn(
                `No search index in ${index}: search in \`astro dev\` uses the last build's index. Run \`npm run build\` once.`,
              )
              warned = true
            }
            send(
              response,
              404,
              'text/plain; charset=utf-8',
              'No search index yet: run `npm run build` once, then reload.',
            )
            return
          }
          if (!file) return send(response, 400, 'text/plain; charset=utf-8', 'Bad path')
          stat(file)
            .then((info) => {
              if (!info.isFile()) throw new Error('not a file')
              response.writeHead(200, {
                'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
                'cache-control': 'no-store',
              })
              createReadStream(file).pipe(response)
            })
            .catch(() =>
              send(response, 404, 'text/plain; charset=utf-8', `${pathname} is not in the last build's index.`),
            )
        })
      },
      'astro:build:done': async ({ dir, logger }) => {
        const target = fileURLToPath(new URL(`${SEARCH_ASSETS_DIR}/`, dir))
        await build({ ...bundleOptions(false), outdir: target })
        await bundleSize(target, logger)
      },
    },
  }
}
