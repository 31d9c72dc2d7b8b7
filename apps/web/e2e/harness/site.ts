import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

/** apps/web, whatever folder the tests run from. */
export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The site the test task checks: the build of the sample dataset that the build task wrote. */
const DIST_DIR = join(WEB_ROOT, 'dist')

/** The public origin the build writes into canonical links, feeds and the sitemap (astro.config.ts). */
export const SITE_URL = (process.env.SITE_URL ?? 'https://recaps.weshare.example').replace(/\/+$/, '')

/** The built site's folder; fails when the build has not run, since every browser test needs it. */
export function builtSite(): string {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(
      `No built site at ${DIST_DIR} (index.html is missing): run \`npm run build\` first ` +
        '(from apps/web, or `npx turbo run build --filter=@weshare/web` from the root).',
    )
  }
  return DIST_DIR
}

/** The URL path a built HTML file is served at: `talks/x/index.html` → `/talks/x/`, `404.html` → `/404.html`. */
export function routeOf(dist: string, file: string): string {
  const path = relative(dist, file).split(sep).join('/')
  if (path === 'index.html') return '/'
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`
  return `/${path}`
}

/** Every file of `dir`, recursively, sorted so test titles come out in a stable order. */
export async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** Route of every HTML page of a build (`/`, `/talks/x/`, `/404.html`…). */
export async function htmlRoutes(dist: string): Promise<string[]> {
  return (await filesOf(dist)).filter((file) => file.endsWith('.html')).map((file) => routeOf(dist, file))
}

export interface TempSite {
  dir: string
  remove: () => Promise<void>
}

/** Where test builds keep encoded images, shared between them (see WESHARE_IMAGE_CACHE). */
const TEST_IMAGE_CACHE = join(WEB_ROOT, 'node_modules', '.cache', 'weshare-test-images')

/**
 * Runs the build task's own script (`scripts/build.ts`: Astro, then the search index) into `out`;
 * `webRoot` is another copy of apps/web to build instead.
 */
export async function runBuild(
  out: string,
  env: NodeJS.ProcessEnv,
  args: readonly string[] = [],
  webRoot = WEB_ROOT,
): Promise<{ code: number | null; output: string }> {
  // process.execPath is the Node 24 that runs the tests; the system Node is too old for Astro.
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--out', out, ...args], {
      cwd: webRoot,
      // One encode cache for every test build: each would otherwise encode the sample's images again.
      env: { WESHARE_IMAGE_CACHE: TEST_IMAGE_CACHE, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', fail)
    child.once('close', (exitCode) => done({ code: exitCode, output }))
  })
}

/** The environment of a build that reads a dataset file, never the Content Lake. */
export function datasetFileEnv(datasetFile: string): NodeJS.ProcessEnv {
  // Content Lake variables would take precedence over the file: a fixture build must never read them.
  const env: NodeJS.ProcessEnv = { ...process.env, SANITY_DATASET_FILE: datasetFile }
  delete env.SANITY_PROJECT_ID
  delete env.SANITY_DATASET
  return env
}

/**
 * Builds the site from another dataset file into a temporary folder, content read from
 * SANITY_DATASET_FILE. A failed build throws with the end of its output.
 */
export async function buildSiteFrom(datasetFile: string): Promise<TempSite> {
  const parent = await mkdtemp(join(tmpdir(), 'weshare-e2e-site-'))
  const dir = join(parent, 'dist')
  const remove = () => rm(parent, { recursive: true, force: true })
  const { code, output } = await runBuild(dir, datasetFileEnv(datasetFile))
  if (code !== 0 || !existsSync(join(dir, 'index.html'))) {
    await remove()
    const outcome = code === 0 ? 'exited 0 but wrote no index.html' : `failed with exit code ${String(code)}`
    throw new Error(
      `Building the site from ${datasetFile} (\`scripts/build.ts --out ${dir}\` in ${WEB_ROOT}) ${outcome}. ` +
        `Last lines of its output:\n${output.trimEnd().split('\n').slice(-40).join('\n')}`,
    )
  }
  return { dir, remove }
}

/** Every file of a built site as text; Pagefind's gzipped index files are decompressed first. */
export function siteText(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    let bytes = readFileSync(path)
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes)
    files.set(path.slice(dir.length + 1), bytes.toString('utf8'))
  }
  return files
}
