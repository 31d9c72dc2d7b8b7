import { cp, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImageReport } from './image-figures.ts'
import type { BuildRun } from './run-build.ts'

/*
 * What the social cards cost a build, measured as the build pays it: the run's build, which draws
 * every card, against the same documents built again with every card already in the encode cache.
 * The cards are drawn on a thread of their own, at the lowest priority, while Pagefind indexes the
 * pages, so the CPU time their thread reports (the image report's cardMilliseconds) is not what
 * they add to the build's wall time.
 */

/**
 * The folder of the encode cache that holds the cards, as the site's image queue names it
 * (apps/web/src/lib/images/queue.ts: a card's name starts with `cards/`).
 */
const CARDS_FOLDER = 'cards'

export interface CardCost {
  /** Cards the first build drew, and the second one found in its encode cache. */
  cardsDrawn: number
  cardsReused: number
  /** Wall and CPU time of the build that drew them (the run's build). */
  drawnMs: number
  drawnCpuMs: number | null
  /** The same build again, into an empty page cache, with only the cards in its encode cache. */
  reusedMs: number
  reusedCpuMs: number | null
  /** (drawnMs − reusedMs) / drawnMs: what drawing the cards added to the build. */
  share: number
}

/**
 * Copies the cards of `fromImageCache` (and nothing else it holds) into `toImageCache`, for a build
 * that must reuse the cards but encode every other image again. Resolves with whether there were any.
 */
export async function copyCards(fromImageCache: string, toImageCache: string): Promise<boolean> {
  const from = join(fromImageCache, CARDS_FOLDER)
  if (!(await stat(from).catch(() => null))?.isDirectory()) return false
  await cp(from, join(toImageCache, CARDS_FOLDER), { recursive: true })
  return true
}

/** The cost of the cards, from the build that drew them and the one that reused them, with their reports. */
export function cardCostOf(
  drawn: { run: BuildRun; report: ImageReport },
  reused: { run: BuildRun; report: ImageReport },
): CardCost {
  if (reused.report.cardsWritten > 0) {
    throw new Error(
      `The build meant to reuse the social cards drew ${reused.report.cardsWritten} of them again: ` +
        `its encode cache did not hold the first build's cards, so the two builds do not measure them. ` +
        `Check that both builds read the same documents and that the cards were copied.`,
    )
  }
  return {
    cardsDrawn: drawn.report.cardsWritten,
    cardsReused: reused.report.cardsReused,
    drawnMs: drawn.run.wallMs,
    drawnCpuMs: drawn.run.cpuMs,
    reusedMs: reused.run.wallMs,
    reusedCpuMs: reused.run.cpuMs,
    share: (drawn.run.wallMs - reused.run.wallMs) / drawn.run.wallMs,
  }
}
