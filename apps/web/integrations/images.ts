import { createReadStream } from 'node:fs'
import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { CARDS_LATER_VARIABLE, writeCardsLater, type LaterCard } from '../src/lib/images/cards-later.ts'
import { FORMATS, type OutputFormat } from '../src/lib/images/encode.ts'
import { IMAGES_PATH } from '../src/lib/images/offline.ts'
import { imageQueue, type JobOutcome } from '../src/lib/images/queue.ts'
import { pruneEncodeCache } from './encode-cache-prune.ts'
import { inBatches } from './in-batches.ts'

/*
 * Publishes the image files pages name under /_images/ (src/lib/images/): pages queue them while
 * they render and they are made in the background into the encode cache, a folder kept between
 * builds; once every page is written, this waits for the queue and copies into <outDir>/_images/
 * every file that the built pages reference. The pages are read rather than the queue because an
 * incremental build restores unchanged pages without rendering them: their files were made by an
 * earlier build and are found in the cache. A referenced file that cannot be had fails the build.
 * When the build script asks for it (WESHARE_CARDS_LATER), the social cards the cache lacks are
 * not drawn here but listed for it to draw while the search index is built (src/lib/images/cards-later.ts).
 *
 * The encode cache sits beside Astro's cacheDir (<cacheDir>-images), not in it: the build script
 * discards the incremental state in cacheDir when the code changes (scripts/incremental-cache.ts),
 * and an encoded file stays valid across code changes, its name saying everything its bytes
 * depend on.
 *
 * In `astro dev` a middleware serves each file once it is made.
 */

/** The variable naming the file the image report is written to (the benchmark sets it). */
export const IMAGE_REPORT_VARIABLE = 'WESHARE_IMAGE_REPORT'

/** What the build did with images; written as JSON where WESHARE_IMAGE_REPORT says (the benchmark reads it). */
export interface ImageReport {
  /** Distinct source images behind the published files. */
  sourceImages: number
  /** Image files encoded by this build, and those found in the cache. */
  filesWritten: number
  filesReused: number
  /** Social cards rendered by this build, and those found in the cache. */
  cardsWritten: number
  cardsReused: number
  /**
   * Social cards left for the build script to draw while the search index is built (WESHARE_CARDS_LATER);
   * it counts them in cardsWritten, bytesWritten and cardMilliseconds once they are drawn.
   */
  cardsLater: number
  /** Bytes of every file published in _images/. */
  bytesWritten: number
  /** Time spent encoding images and rendering cards, summed over files (two are made at a time). */
  encodeMilliseconds: number
  cardMilliseconds: number
  /** Files of the encode cache no build had shown for weeks, deleted by this one (encode-cache-prune.ts). */
  filesPruned: number
  bytesPruned: number
}

/** A file name under /_images/, as src/lib/images/ writes them. */
const NAME = String.raw`(?:cards/)?[\w-]+\.(?:avif|webp|jpg|png)`
const WHOLE_NAME = new RegExp(`^${NAME}$`)
const TYPES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({ ...FORMATS, jpg: FORMATS.jpeg }).map(([extension, type]) => [`.${extension}`, type]),
) satisfies Partial<Record<`.${OutputFormat}` | '.jpg', string>>
/** Pages read, or files copied, at once: enough to keep the disk busy, few enough for 10,000 pages. */
const READ_AT_ONCE = 32

/**
 * The attributes that load a file: <img src>, <img>/<source> srcset, <meta content> (og:image).
 * Only their values count, so that a recap that writes "/_images/…" in its text is not taken for a
 * page showing that file. A value starts at the last `"` before the path: text and attribute
 * values never hold a raw `"` (Astro and the rich text renderer escape it).
 */
const LOADING_ATTRIBUTE_START = /\s(?:src|srcset|content)="$/
const NAME_HERE = new RegExp(NAME, 'y')

/** The /_images/ file names that `html` loads. */
export function imagesLoadedBy(html: string): string[] {
  const names: string[] = []
  // indexOf rather than a regular expression over the whole page: 10,000 pages of 30 kB took
  // 25 ms against 1 s (measured on the shared 2-core machine).
  for (let at = html.indexOf(IMAGES_PATH); at !== -1; at = html.indexOf(IMAGES_PATH, at + 1)) {
    const quote = html.lastIndexOf('"', at)
    if (quote === -1 || !LOADING_ATTRIBUTE_START.test(html.slice(Math.max(0, quote - 10), quote + 1))) continue
    NAME_HERE.lastIndex = at + IMAGES_PATH.length
    const name = NAME_HERE.exec(html)?.[0]
    if (name) names.push(name)
  }
  return names
}

/** The files under /_images/ that the pages of `dist` show, each with the first page that does. */
export async function referencedImages(dist: string): Promise<Map<string, string>> {
  const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html')).sort()
  const found = new Map<string, string>()
  for (let start = 0; start < pages.length; start += READ_AT_ONCE) {
    const batch = pages.slice(start, start + READ_AT_ONCE)
    const texts = await Promise.all(batch.map((page) => readFile(join(dist, page), 'utf8')))
    texts.forEach((text, index) => {
      for (const name of imagesLoadedBy(text)) {
        if (!found.has(name)) found.set(name, batch[index]!.split(sep).join('/'))
      }
    })
  }
  return found
}

/**
 * Waits for the queue, then copies every referenced file from `cacheDir` into `dist`/_images/,
 * but for the cards left for later, which are listed in `cardsLater` (and not counted in the report).
 * Throws one error listing every referenced file that could not be made or found.
 */
export async function publishImages(
  dist: string,
  cacheDir: string,
  { cardsLater }: { cardsLater?: string } = {},
): Promise<ImageReport> {
  const [referenced, outcomes] = await Promise.all([referencedImages(dist), imageQueue().settled()])
  const byName = new Map(outcomes.map((outcome) => [outcome.name, outcome]))
  const report: ImageReport = {
    sourceImages: 0,
    filesWritten: 0,
    filesReused: 0,
    cardsWritten: 0,
    cardsReused: 0,
    cardsLater: 0,
    bytesWritten: 0,
    encodeMilliseconds: 0,
    cardMilliseconds: 0,
    filesPruned: 0,
    bytesPruned: 0,
  }
  const sources = new Set<string>()
  const problems: string[] = []
  const later: LaterCard[] = []

  for (const [name, page] of referenced) {
    const outcome = byName.get(name) ?? (await fromEarlierBuild(name, cacheDir))
    if (outcome === null) {
      problems.push(
        `${page} shows /_images/${name}, which no page of this build asked for and the encode cache ` +
          `(${cacheDir}) does not hold. Build again with --full so that every page is rendered.`,
      )
      continue
    }
    if (outcome.status === 'failed') {
      problems.push(`${page}: ${outcome.error.message}`)
      continue
    }
    if (outcome.status === 'later') {
      later.push({ name, page, card: outcome.card })
      continue
    }
    const card = name.startsWith('cards/')
    if (!card) sources.add(name.slice(0, name.indexOf('-')))
    if (outcome.status === 'written') {
      if (card) report.cardsWritten += 1
      else report.filesWritten += 1
      if (card) report.cardMilliseconds += outcome.ms
      else report.encodeMilliseconds += outcome.ms
    } else if (card) report.cardsReused += 1
    else report.filesReused += 1
    report.bytesWritten += outcome.bytes
  }
  if (problems.length > 0) throw imagesNotMade(problems)
  if (cardsLater !== undefined) await writeCardsLater(cardsLater, { cacheDir, cards: later })

  const names = [...referenced.keys()]
  const drawnLater = new Set(later.map((card) => card.name))
  const copied = names.filter((name) => !drawnLater.has(name))
  await copyIntoSite(copied, cacheDir, dist)
  const pruned = await pruneEncodeCache(cacheDir, names)
  report.filesPruned = pruned.files
  report.bytesPruned = pruned.bytes
  report.sourceImages = sources.size
  report.cardsLater = later.length
  report.encodeMilliseconds = Math.round(report.encodeMilliseconds)
  report.cardMilliseconds = Math.round(report.cardMilliseconds)
  return report
}

/**
 * Puts the files `names` of the encode cache into `dist`/_images/, under the same names: hard links
 * where both folders share a file system (10,000 cards are 230 MB that need not be written twice),
 * copies elsewhere. A cache file is never written in place (the queue renames a new file over it)
 * nor is a published one, so a link and its cache entry never part ways.
 */
export async function copyIntoSite(names: readonly string[], cacheDir: string, dist: string): Promise<void> {
  const folders = new Set(names.map((name) => dirname(join(dist, '_images', name))))
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })))
  let linking = true
  await inBatches(names, READ_AT_ONCE, async (name) => {
    const from = join(cacheDir, name)
    const to = join(dist, '_images', name)
    // Never copied over an existing file: it may be a link to `from`, which the copy would empty.
    await rm(to, { force: true })
    if (linking) {
      try {
        return await link(from, to)
      } catch (error) {
        // Another file system, or one without hard links: copy this file and the rest.
        if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP'].includes((error as NodeJS.ErrnoException).code ?? '')) {
          throw error
        }
        linking = false
      }
    }
    await copyFile(from, to)
  })
}

/** One error for every image file pages show that could not be made, the first 20 listed. */
export function imagesNotMade(problems: readonly string[]): Error {
  const shown = problems.slice(0, 20)
  const more = problems.length - shown.length
  return new Error(
    `${problems.length} image file(s) that pages show could not be made:\n- ${shown.join('\n- ')}` +
      (more > 0 ? `\n… and ${more} more.` : ''),
  )
}

/** A file no page of this build named (its page was restored), as the cache holds it; null when it does not. */
async function fromEarlierBuild(name: string, cacheDir: string): Promise<JobOutcome | null> {
  const file = await stat(join(cacheDir, name)).catch(() => null)
  if (!file?.isFile()) return null
  return { name, kind: name.startsWith('cards/') ? 'card' : 'image', status: 'reused', bytes: file.size, ms: 0 }
}

/** The encode cache of a build whose Astro cacheDir is `astroCacheDir`: beside it, so that it outlives it. */
export function imageCacheDir(astroCacheDir: string): string {
  const dir = astroCacheDir.replace(/[\\/]+$/, '')
  return join(dirname(dir), `${basename(dir)}-images`)
}

export function images({ cacheDir: chosen }: { cacheDir?: string } = {}): AstroIntegration {
  let cacheDir = chosen ?? ''
  return {
    name: 'weshare:images',
    hooks: {
      'astro:config:done': ({ config }) => {
        // WESHARE_IMAGE_CACHE shares one encode cache between builds to different destinations (the
        // site's tests build into many temporary folders); the names are content hashes, so sharing is safe.
        cacheDir = chosen ?? (process.env.WESHARE_IMAGE_CACHE || imageCacheDir(fileURLToPath(config.cacheDir)))
        imageQueue().open(cacheDir, { cardsLater: Boolean(process.env[CARDS_LATER_VARIABLE]) })
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname
          const name = path.startsWith(IMAGES_PATH) ? path.slice(IMAGES_PATH.length) : ''
          if (!WHOLE_NAME.test(name)) return next()
          void (imageQueue().outcome(name) ?? fromEarlierBuild(name, cacheDir)).then((outcome) => {
            if (!outcome || outcome.status === 'failed') {
              response.writeHead(outcome ? 500 : 404, { 'content-type': 'text/plain; charset=utf-8' })
              response.end(outcome?.status === 'failed' ? outcome.error.message : `No page named ${path}.`)
              return
            }
            response.writeHead(200, {
              'content-type': TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream',
            })
            createReadStream(join(cacheDir, name)).pipe(response)
          })
        })
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now()
        const cardsLater = process.env[CARDS_LATER_VARIABLE] || undefined
        const report = await publishImages(fileURLToPath(dir), cacheDir, { cardsLater })
        const waited = Math.round(performance.now() - started)
        const files = report.filesWritten + report.filesReused
        const cards = report.cardsWritten + report.cardsReused + report.cardsLater
        logger.info(
          `${files} image file(s) of ${report.sourceImages} source image(s) (${report.filesWritten} encoded, ` +
            `${report.filesReused} from the cache), ${cards} social card(s) (${report.cardsWritten} rendered, ` +
            `${report.cardsReused} from the cache` +
            (report.cardsLater > 0 ? `, ${report.cardsLater} to draw while the search index is built` : '') +
            `), ${Math.round(report.bytesWritten / 1024)} kB; encoding ` +
            `${report.encodeMilliseconds} ms, cards ${report.cardMilliseconds} ms, ${waited} ms after the last page` +
            (report.filesPruned > 0
              ? `; ${report.filesPruned} file(s) unused for weeks removed from the encode cache ` +
                `(${Math.round(report.bytesPruned / 1024)} kB).`
              : '.'),
        )
        const reportFile = process.env[IMAGE_REPORT_VARIABLE]
        if (reportFile) await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`)
      },
    },
  }
}
