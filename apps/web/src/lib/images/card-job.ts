import { socialCardDigest, writeSocialCardInWorker, type SocialCard } from '../social-card/index.ts'
import type { ImageJob } from './queue.ts'

/** The queue's job that draws `card` into the file its digest names. */
export function socialCardJob(card: SocialCard): ImageJob {
  return {
    name: `cards/${socialCardDigest(card)}.png`,
    kind: 'card',
    from: `the social card of "${card.title}"`,
    card,
    make: (aside) => writeSocialCardInWorker(card, aside),
  }
}
