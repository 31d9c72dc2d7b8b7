import { readFile, writeFile } from 'node:fs/promises'
import type { SocialCard } from '../social-card/card.ts'

/*
 * The social cards a build's pages show and the encode cache lacks, handed from the Astro process
 * to the build script. Drawing 10,000 cards while pages render makes both share two cores; the
 * build script instead draws them while Pagefind indexes the written pages, which leaves a core
 * idle for most of its run (scripts/draw-later-cards.ts). No page's HTML needs a card's bytes,
 * only its name, which the card's digest gives at once.
 */

/** Set by scripts/build.ts for the Astro process: the file the images integration lists the cards in. */
export const CARDS_LATER_VARIABLE = 'WESHARE_CARDS_LATER'

export interface LaterCard {
  /** The card's file under /_images/ (cards/<digest>.png). */
  name: string
  /** The first page that shows it, for messages. */
  page: string
  card: SocialCard
}

export interface CardsLater {
  /** The encode cache the cards go to, as the images integration chose it. */
  cacheDir: string
  cards: LaterCard[]
}

export async function writeCardsLater(file: string, list: CardsLater): Promise<void> {
  await writeFile(file, JSON.stringify(list))
}

/** The list in `file`; null when the build wrote none (a site without the images integration). */
export async function readCardsLater(file: string): Promise<CardsLater | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const list = JSON.parse(text) as Partial<CardsLater>
  if (typeof list.cacheDir !== 'string' || !Array.isArray(list.cards)) {
    throw new Error(
      `${file} is not a list of social cards to draw ({ cacheDir, cards }). It is written by the images ` +
        `integration during the build; build again.`,
    )
  }
  return list as CardsLater
}
