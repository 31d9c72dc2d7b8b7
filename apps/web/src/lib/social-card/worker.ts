import { readlinkSync, writeFileSync } from 'node:fs'
import { constants, setPriority } from 'node:os'
import { parentPort } from 'node:worker_threads'
import { renderSocialCard } from './render.ts'
import type { CardRequest, CardResponse } from './in-worker.ts'

/*
 * The social cards' thread (in-worker.ts starts it): draws each card it is sent, one after the
 * other, writes its PNG where it is told, and answers with the file's size and the time it took.
 * Everything here is synchronous: this thread has nothing else to do meanwhile. Its module
 * instances are its own, so the fonts and glyphs are read and drawn once in this thread.
 */

if (parentPort === null) {
  throw new Error(
    'src/lib/social-card/worker.ts is the social cards’ worker thread and was run as a program. ' +
      'Make cards with writeSocialCardInWorker() from src/lib/social-card/in-worker.ts.',
  )
}
const port = parentPort

// The cards take only the CPU that nothing else of the build wants: on two cores Pagefind's
// indexing keeps both busy, then writes its index on one, and the cards are drawn on the other.
// Linux gives each thread its own niceness; elsewhere the thread keeps the process's.
try {
  const thread = Number(readlinkSync('/proc/thread-self').split('/').at(-1))
  setPriority(thread, constants.priority.PRIORITY_LOW)
} catch {
  // Not Linux, or no /proc: the cards are drawn at the build's priority.
}

port.on('message', ({ id, card, file }: CardRequest) => {
  const started = performance.now()
  let response: CardResponse
  try {
    const png = renderSocialCard(card)
    writeFileSync(file, png)
    response = { id, bytes: png.length, ms: performance.now() - started }
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) }
  }
  port.postMessage(response)
})
