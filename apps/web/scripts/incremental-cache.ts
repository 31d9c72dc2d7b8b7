import { createHash } from 'node:crypto'
import { existsSync, realpathSync, type Dirent } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import type { AstroIntegration } from 'astro'

/*
 * The state Astro's incremental build keeps between builds to one destination: its manifest
 * (incremental-build.json) and a copy of every keyed page, in the build's Astro cacheDir. It lives
 * beside Astro's own cache, not in the staging folder, so that it survives the swap; pages are
 * restored from those copies, never from the published site, so a build that failed after Astro
 * (search index, swap) leaves nothing that a later build could trust wrongly.
 *
 * Astro reuses a page when its cacheKey (src/lib/page-key.ts: the content it shows) and the hash of
 * its route's module graph are unchanged. On top of that, the whole state is discarded:
 * - when the code differs from the last build's (any file of the site or of the workspace packages
 *   it depends on, or Node itself): Astro's per-route hash does not see everything a page depends
 *   on (the content config that prepares entries, the Astro config, the file names of CSS chunks
 *   shared between routes), and a code change is rare enough to pay for a full build;
 * - when the last Astro run started rendering and did not finish (killed, or failed while
 *   rendering): it may have replaced copies of pages without writing the manifest that says which
 *   content they hold. A build that failed earlier, on a content error, touched nothing: the build
 *   that fixes it still reuses pages;
 * - on request (`--full`).
 */

/**
 * Written when Astro starts its build proper (after the content sync, before any page) and removed
 * once it has finished: found at start, the last run was cut short.
 */
const IN_PROGRESS = 'build-in-progress'
/** The code fingerprint of the build that wrote the state. */
const STATE = 'weshare-build.json'
/**
 * Astro's content store of the last build, in the same cacheDir. The site's loader replaces every
 * entry on each build, so the old store is of no use, and reading it is not free (61 MB at 10,000
 * talks): each build starts without it, as before incremental builds.
 */
const CONTENT_STORE = 'data-store.json'

/** Entries of a workspace that never hold its code: dependencies, build output (dist, dist.previous…), caches, dotfiles. */
const isCode = (entry: Dirent) =>
  !entry.name.startsWith('.') && !(entry.isDirectory() && /^(node_modules|dist)($|\.)/.test(entry.name))

/** The folder of the workspace dependency `name`, as Node resolves it from `from`. */
function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(candidate)) return realpathSync(candidate)
    if (dirname(dir) === dir) {
      throw new Error(`The workspace package ${name}, a dependency of ${from}, is not installed: run \`npm ci\`.`)
    }
  }
}

/** A workspace and the workspaces it depends on (`"@weshare/…": "*"` in package.json), transitively. */
async function workspacesOf(dir: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(dir)) return seen
  seen.add(dir)
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>
  }
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (range === '*') await workspacesOf(packageDir(name, dir), seen)
  }
  return seen
}

async function codeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const files = await Promise.all(
    entries.filter(isCode).map(async (entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return codeFiles(path)
      return entry.isFile() ? [path] : []
    }),
  )
  return files.flat()
}

/**
 * A digest of the code that renders the site from `webRoot`: every file of the web app and of the
 * workspace packages it depends on (not their node_modules, build output or dotfiles), and the Node
 * version. Installed packages are covered by Astro, which discards its manifest when the lockfile changes.
 */
export async function codeFingerprint(webRoot: string): Promise<string> {
  const hash = createHash('sha256').update(`node ${process.version}\n`)
  for (const workspace of [...(await workspacesOf(webRoot))].sort()) {
    for (const file of (await codeFiles(workspace)).sort()) {
      hash.update(`${relative(webRoot, file).split(sep).join('/')}\n`)
      hash.update(await readFile(file))
      hash.update('\n')
    }
  }
  return hash.digest('hex')
}

/**
 * Makes the incremental state in `cacheDir` ready for a build: kept when the last build to this
 * destination finished with the same code, discarded otherwise. Returns why it was discarded, or
 * null when the build may reuse pages.
 */
export async function openIncrementalCache(
  cacheDir: string,
  { code, full }: { code: string; full: boolean },
): Promise<string | null> {
  const reason = full
    ? 'a full build was asked for (--full)'
    : existsSync(join(cacheDir, IN_PROGRESS))
      ? 'the last build did not finish rendering'
      : await codeChangeSince(cacheDir, code)
  if (reason !== null) await rm(cacheDir, { recursive: true, force: true })
  await rm(join(cacheDir, CONTENT_STORE), { force: true })
  await mkdir(cacheDir, { recursive: true })
  await writeFile(join(cacheDir, STATE), `${JSON.stringify({ code })}\n`)
  return reason
}

/**
 * An Astro integration that marks the state in `cacheDir` as being rewritten from the moment the
 * build itself starts; closeIncrementalCache() clears the mark once Astro has finished.
 */
export function markRendering(cacheDir: string): AstroIntegration {
  return {
    name: 'weshare:incremental-state',
    hooks: {
      'astro:build:start': async () => {
        await writeFile(join(cacheDir, IN_PROGRESS), `${process.pid}\n`)
      },
    },
  }
}

async function codeChangeSince(cacheDir: string, code: string): Promise<string | null> {
  let previous: string | undefined
  try {
    previous = (JSON.parse(await readFile(join(cacheDir, STATE), 'utf8')) as { code?: string }).code
  } catch {
    return 'there is no previous build to this destination'
  }
  return previous === code ? null : 'the code changed since the last build'
}

/** Marks Astro's run as finished: the next build may reuse what it left. */
export async function closeIncrementalCache(cacheDir: string): Promise<void> {
  await rm(join(cacheDir, IN_PROGRESS), { force: true })
}
