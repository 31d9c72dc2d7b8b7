import { randomBytes } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { access, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { SocialCard } from '../social-card/card.ts'

/*
 * The build-wide queue of image files to make. Pages name files while they render (synchronously)
 * and register how to make them here; the files are made in the background, a few at a time, into
 * the encode cache, a folder whose file names say what they hold, and the images integration
 * (integrations/images.ts) waits for them once every page is written.
 *
 * Astro loads this module twice in one build process: once in the bundle that renders pages and
 * once with the integration from astro.config.ts. Both instances find the same queue on globalThis
 * under Symbol.for(QUEUE_KEY), a key shared by every module instance of the process.
 */

export const QUEUE_KEY = 'weshare.images.queue'

/** A file to make: an encoded image, or a rendered social card. */
export interface ImageJob {
  /** The file's path under /_images/, which says what it holds. */
  name: string
  kind: 'image' | 'card'
  /** What it is made from, for messages: the source file, or the card's title. */
  from: string
  /**
   * Makes the file: returns its bytes, or writes them to `aside` itself and says how many, with the
   * time it took where it ran (the social cards' worker thread, where a card waits behind the
   * cards sent before it, so that the time from here would count the wait).
   */
  make(aside: string): Promise<Buffer | WrittenAside>
  /** A social card's text, for a job of kind 'card': enough for another process to draw it later. */
  card?: SocialCard
}

export interface WrittenAside {
  bytes: number
  ms: number
}

export type JobOutcome =
  | { name: string; kind: ImageJob['kind']; status: 'written'; bytes: number; ms: number }
  | { name: string; kind: ImageJob['kind']; status: 'reused'; bytes: number; ms: 0 }
  | { name: string; kind: ImageJob['kind']; status: 'failed'; error: Error }
  /** A card the cache lacks, left for the build script to draw while the search index is built. */
  | { name: string; kind: 'card'; status: 'later'; card: SocialCard }

export interface QueueOptions {
  /**
   * Cards missing from the cache are not drawn but reported `later`: the build script draws them
   * once the pages are written, while Pagefind indexes them (scripts/draw-later-cards.ts).
   */
  cardsLater?: boolean
}

export interface ImageQueue {
  /** The encode cache, the folder files are made into; null until an image integration opens the queue. */
  readonly cacheDir: string | null
  /** Starts a build: forgets the last build's jobs; files go to `cacheDir`. */
  open(cacheDir: string, options?: QueueOptions): void
  /** Adds a job unless one of the same name is known; it starts at once when the queue is open. */
  add(job: ImageJob): void
  /** How the file `name` was made, once it is; undefined when no page of this build named it. */
  outcome(name: string): Promise<JobOutcome> | undefined
  /** Every job added so far, once all have been made or have failed. */
  settled(): Promise<JobOutcome[]>
}

// Each encode uses one libvips thread (sharp.concurrency(1), set where sharp is loaded): the
// limit is the number of cores the queue may keep busy while pages render. Cards take no slot:
// their worker thread takes them one at a time, and waits for none when they are all sent to it.
const CONCURRENCY = Math.min(2, availableParallelism())

function createQueue(): ImageQueue {
  let cacheDir: string | null = null
  let cardsLater = false
  const pending: ImageJob[] = []
  const outcomes = new Map<string, Promise<JobOutcome> | null>()
  const waiting: Array<() => void> = []
  let running = 0

  // A slot among CONCURRENCY; released by the job that took it.
  const slot = async () => {
    if (running >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve))
    running += 1
  }
  const release = () => {
    running -= 1
    waiting.shift()?.()
  }

  // Folders made this build: 10,000 cards go to one, which needs making once.
  const folders = new Map<string, Promise<unknown>>()
  const makeDirectory = (dir: string) => {
    let making = folders.get(dir)
    if (making === undefined) {
      making = mkdir(dir, { recursive: true }).catch((error: unknown) => {
        folders.delete(dir)
        throw error
      })
      folders.set(dir, making)
    }
    return making
  }

  const run = async (job: ImageJob, dir: string): Promise<JobOutcome> => {
    const file = join(dir, job.name)
    const cached = await stat(file).catch(() => null)
    if (cached?.isFile()) return { name: job.name, kind: job.kind, status: 'reused', bytes: cached.size, ms: 0 }
    if (cardsLater && job.kind === 'card' && job.card)
      return { name: job.name, kind: 'card', status: 'later', card: job.card }
    const slotted = job.kind === 'image'
    if (slotted) await slot()
    // Written aside then renamed: a build stopped halfway, or another build sharing the cache,
    // never sees half a file under the final name.
    const partial = `${file}.${randomBytes(6).toString('hex')}.partial`
    try {
      await makeDirectory(dirname(file))
      const started = performance.now()
      const made = await job.make(partial)
      let written: WrittenAside
      if (Buffer.isBuffer(made)) {
        written = { bytes: made.length, ms: performance.now() - started }
        await writeFile(partial, made)
      } else written = made
      await rename(partial, file).catch(async (error: unknown) => {
        await rm(partial, { force: true })
        // Another build made the same file meanwhile: the same name holds the same bytes.
        await access(file).catch(() => Promise.reject(error))
      })
      const { bytes, ms } = written
      return { name: job.name, kind: job.kind, status: 'written', bytes, ms }
    } catch (error) {
      // When the folder could not be made, removing the partial file fails the same way: the cause says it.
      await rm(partial, { force: true }).catch(() => {})
      const cause = error instanceof Error ? error : new Error(String(error))
      return {
        name: job.name,
        kind: job.kind,
        status: 'failed',
        error: new Error(`/_images/${job.name} could not be made from ${job.from}: ${cause.message}`, { cause }),
      }
    } finally {
      if (slotted) release()
    }
  }

  const start = (job: ImageJob, dir: string) => outcomes.set(job.name, run(job, dir))

  return {
    get cacheDir() {
      return cacheDir
    },
    open(dir, options = {}) {
      cacheDir = dir
      cardsLater = options.cardsLater === true
      outcomes.clear()
      folders.clear()
      for (const job of pending.splice(0)) start(job, dir)
    },
    add(job) {
      if (outcomes.has(job.name)) return
      if (cacheDir === null) {
        outcomes.set(job.name, null)
        pending.push(job)
      } else start(job, cacheDir)
    },
    outcome(name) {
      return outcomes.get(name) ?? undefined
    },
    async settled() {
      // Jobs may be added while earlier ones run: wait until a pass finds no new one.
      for (;;) {
        const known = [...outcomes.values()].filter((outcome) => outcome !== null)
        const done = await Promise.all(known)
        if (done.length === [...outcomes.values()].filter((outcome) => outcome !== null).length) return done
      }
    },
  }
}

/** The queue of this process, made by whichever module instance asks first. */
export function imageQueue(): ImageQueue {
  const registry = globalThis as typeof globalThis & { [key: symbol]: ImageQueue | undefined }
  const key = Symbol.for(QUEUE_KEY)
  return (registry[key] ??= createQueue())
}
