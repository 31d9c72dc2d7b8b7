import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromiumPath, serveStatic } from '@weshare/testing'

/*
 * Lighthouse on the four kinds of page readers land on: the home page, a session, a talk and the
 * search page with a query. Lighthouse's own CLI, one Chromium per page as it launches them, with
 * its default mobile settings (a mid-range phone, throttled network and CPU, simulated).
 */

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number]

/** Flags that let Debian's Chromium run headless as root here; the rest is Lighthouse's business. */
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu'

export interface LighthousePage {
  name: string
  path: string
  /** 0–100 per category. */
  scores: Record<LighthouseCategory, number>
  /** Cumulative layout shift as Lighthouse measured it. */
  cls: number
  /** First and largest contentful paint, total blocking time, in ms (simulated phone). */
  fcpMs: number
  lcpMs: number
  tbtMs: number
  /** Audits of the page that scored below 1, by id, for finding what costs points. */
  failing: string[]
}

/** The first sub-folder of `dir` with an index.html, as a path of the site. */
async function firstPageIn(siteDir: string, section: string): Promise<string> {
  const entries = await readdir(join(siteDir, section), { withFileTypes: true })
  const folder = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()[0]
  if (!folder) throw new Error(`The built site ${siteDir} has no page under /${section}/ to run Lighthouse on.`)
  return `/${section}/${folder}/`
}

/** The home page, the first session, the first talk (by slug) and the search page with a common word. */
export async function pagesToAudit(
  siteDir: string,
  searchTerm: string,
): Promise<Array<{ name: string; path: string }>> {
  return [
    { name: 'home', path: '/' },
    { name: 'session', path: await firstPageIn(siteDir, 'sessions') },
    { name: 'talk', path: await firstPageIn(siteDir, 'talks') },
    { name: 'search', path: `/recherche/?${new URLSearchParams({ q: searchTerm })}` },
  ]
}

function lighthouseCli(): string {
  try {
    return createRequire(import.meta.url).resolve('lighthouse/cli/index.js')
  } catch (cause) {
    throw new Error('Lighthouse is not installed in packages/bench: run `npm ci` at the root of the repository.', {
      cause,
    })
  }
}

interface LighthouseReport {
  categories: Record<LighthouseCategory, { score: number | null }>
  audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number }>
  runtimeError?: { code: string; message: string }
}

async function audit(url: string, outputFile: string): Promise<LighthouseReport> {
  const args = [
    lighthouseCli(),
    url,
    '--output=json',
    `--output-path=${outputFile}`,
    `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    '--quiet',
  ]
  const stderr: string[] = []
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: chromiumPath() },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()))
    child.once('error', fail)
    child.once('close', done)
  })
  if (code !== 0) {
    throw new Error(`Lighthouse failed on ${url} (exit code ${code}): ${stderr.join('').trim().slice(-600)}`)
  }
  const report = JSON.parse(await readFile(outputFile, 'utf8')) as LighthouseReport
  if (report.runtimeError) {
    throw new Error(`Lighthouse could not audit ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`)
  }
  return report
}

/** Serves the built site on 127.0.0.1, gzipped and revalidated like a production host, and audits each page. */
export async function runLighthouse(siteDir: string, searchTerm: string): Promise<LighthousePage[]> {
  const server = await serveStatic(siteDir, { gzip: true, revalidate: true })
  const work = await mkdtemp(join(tmpdir(), 'weshare-lighthouse-'))
  try {
    const pages: LighthousePage[] = []
    for (const { name, path } of await pagesToAudit(siteDir, searchTerm)) {
      const report = await audit(new URL(path, server.url).href, join(work, `${name}.json`))
      const scores = Object.fromEntries(
        LIGHTHOUSE_CATEGORIES.map((category) => [
          category,
          Math.round((report.categories[category]?.score ?? 0) * 100),
        ]),
      ) as Record<LighthouseCategory, number>
      const failing = Object.entries(report.audits)
        .filter(([, result]) => result.score !== null && result.score < 1 && result.scoreDisplayMode !== 'informative')
        .map(([id]) => id)
      const metric = (id: string) => report.audits[id]?.numericValue ?? 0
      pages.push({
        name,
        path,
        scores,
        cls: metric('cumulative-layout-shift'),
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        failing,
      })
    }
    return pages
  } finally {
    await rm(work, { recursive: true, force: true })
    await server.close()
  }
}
