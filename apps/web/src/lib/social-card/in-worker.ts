import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { SocialCard } from './card.ts'

/*
 * Social cards made on a thread of their own (worker.ts), at the lowest priority. On the thread
 * that renders pages, 10,000 cards took 2.7 ms each where they take 0.8 ms alone, and added 30 s
 * to a 76 s build: drawing, its garbage collection and writing each file shared the thread with
 * every page. Here a card costs the sending thread a message each way; the build script sends
 * them while Pagefind indexes (scripts/draw-later-cards.ts), `astro dev` while pages render. The
 * worker is started with the first card and holds the process open only while it has cards to make.
 */

/** A card sent to the worker with the file to write it to, and the answer: the file's size, or why it failed. */
export interface CardRequest {
  id: number
  card: SocialCard
  file: string
}
export type CardResponse = { id: number; bytes: number; ms: number } | { id: number; error: string }

/** The worker's module, as the package exports it: found from vitest and from the built pages alike. */
export const WORKER_SPECIFIER = '@weshare/web/social-card-worker'

export interface WrittenCard {
  bytes: number
  /** Milliseconds the worker spent on this card: drawing, deflate and writing the file. */
  ms: number
}

interface Pending {
  resolve(card: WrittenCard): void
  reject(error: Error): void
}

let worker: Worker | undefined
const pending = new Map<number, Pending>()
let nextId = 0

function startWorker(): Worker {
  const started = new Worker(createRequire(import.meta.url).resolve(WORKER_SPECIFIER))
  started.on('message', (response: CardResponse) => {
    const waiting = pending.get(response.id)
    pending.delete(response.id)
    if (pending.size === 0) started.unref()
    if ('error' in response) waiting?.reject(new Error(response.error))
    else waiting?.resolve({ bytes: response.bytes, ms: response.ms })
  })
  // A worker that stops (a crash, an error outside a card) fails the cards it held; the next
  // card starts another.
  const stopped = (error: Error) => {
    if (worker === started) worker = undefined
    for (const waiting of pending.values()) waiting.reject(error)
    pending.clear()
  }
  started.on('error', stopped)
  started.on('exit', (code) =>
    stopped(new Error(`The social cards' worker thread stopped (exit code ${code}) before it wrote the card.`)),
  )
  return started
}

/** Draws `card` on the social cards' worker thread and writes its PNG to `file`. */
export function writeSocialCardInWorker(card: SocialCard, file: string): Promise<WrittenCard> {
  worker ??= startWorker()
  const id = nextId++
  const written = new Promise<WrittenCard>((resolve, reject) => pending.set(id, { resolve, reject }))
  worker.ref()
  worker.postMessage({ id, card, file } satisfies CardRequest)
  return written
}

/**
 * Stops the worker thread, failing the cards it still held: a build that failed meanwhile ends
 * at once rather than when the last card is drawn. The next card starts another thread.
 */
export async function stopSocialCardWorker(): Promise<void> {
  const stopping = worker
  worker = undefined
  await stopping?.terminate()
}
