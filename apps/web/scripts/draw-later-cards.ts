import { readFile, writeFile } from 'node:fs/promises'
import { copyIntoSite, IMAGE_REPORT_VARIABLE, imagesNotMade } from '../integrations/images.ts'
import { readCardsLater } from '../src/lib/images/cards-later.ts'
import { socialCardJob } from '../src/lib/images/card-job.ts'
import { imageQueue } from '../src/lib/images/queue.ts'

/*
 * Draws the social cards the Astro process left for later (src/lib/images/cards-later.ts) into the
 * encode cache, on the cards' worker thread, and puts them into the staged site's _images/. The
 * build script runs it while Pagefind indexes the same site: Pagefind writes its index on one core
 * for most of its run, and the cards take the other.
 */

/** What drawing the cards did, in the image report's terms. */
export interface DrawnCards {
  /** Cards the list named. */
  cards: number
  /** Of them, drawn here, and found already made (another build sharing the cache drew them). */
  written: number
  reused: number
  /** Bytes of the cards copied into the site. */
  bytes: number
  /** Time the worker spent drawing, summed over cards. */
  ms: number
}

/**
 * Draws every card listed in `file` and puts it into `site`/_images/ (copyIntoSite); resolves with
 * what it did (all zeros when the build listed none). Throws one error naming each page whose card
 * failed.
 */
export async function drawLaterCards(file: string, site: string): Promise<DrawnCards> {
  const drawn: DrawnCards = { cards: 0, written: 0, reused: 0, bytes: 0, ms: 0 }
  const list = await readCardsLater(file)
  if (list === null || list.cards.length === 0) return drawn

  const queue = imageQueue()
  queue.open(list.cacheDir)
  for (const { name, card } of list.cards) queue.add({ ...socialCardJob(card), name })
  const byName = new Map((await queue.settled()).map((outcome) => [outcome.name, outcome]))
  const problems: string[] = []
  for (const { name, page } of list.cards) {
    const outcome = byName.get(name)
    if (outcome === undefined || outcome.status === 'later') {
      problems.push(`${page}: /_images/${name} was not drawn (the queue did not take it).`)
    } else if (outcome.status === 'failed') {
      problems.push(`${page}: ${outcome.error.message}`)
    } else {
      drawn.cards += 1
      drawn.bytes += outcome.bytes
      drawn.ms += outcome.ms
      if (outcome.status === 'written') drawn.written += 1
      else drawn.reused += 1
    }
  }
  if (problems.length > 0) throw imagesNotMade(problems)

  await copyIntoSite(
    list.cards.map((card) => card.name),
    list.cacheDir,
    site,
  )
  drawn.ms = Math.round(drawn.ms)
  return drawn
}

/**
 * Adds the cards drawn here to the image report the images integration wrote where
 * WESHARE_IMAGE_REPORT says, if it says, so that the report counts every card of the build once.
 */
export async function addToImageReport(
  drawn: DrawnCards,
  reportFile = process.env[IMAGE_REPORT_VARIABLE],
): Promise<void> {
  if (!reportFile) return
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as Record<string, number>
  report.cardsWritten = (report.cardsWritten ?? 0) + drawn.written
  report.cardsReused = (report.cardsReused ?? 0) + drawn.reused
  report.bytesWritten = (report.bytesWritten ?? 0) + drawn.bytes
  report.cardMilliseconds = (report.cardMilliseconds ?? 0) + drawn.ms
  await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`)
}
