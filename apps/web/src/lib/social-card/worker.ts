import { writeFileSync } from 'node:fs'
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
