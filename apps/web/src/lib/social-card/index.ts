export type { SocialCard } from './card.ts'
export { SOCIAL_CARD_RENDERER_VERSION, socialCardDigest } from './digest.ts'
export { stopSocialCardWorker, writeSocialCardInWorker } from './in-worker.ts'
