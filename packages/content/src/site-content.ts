import type { EditionEntry, SpeakerEntry, SiteSettingsEntry, TalkEntry, TopicEntry } from '@weshare/schema'

/** Everything the site publishes, validated: what the Astro collections hold. */
export interface SiteContent {
  settings: SiteSettingsEntry
  editions: EditionEntry[]
  talks: TalkEntry[]
  speakers: SpeakerEntry[]
  topics: TopicEntry[]
}

/** Collection names as the site's content config declares them. */
export type CollectionName = keyof SiteContent

/** Every collection name: the record's type makes a missing or unknown name fail the type check. */
export const COLLECTION_NAMES = Object.keys({
  settings: true,
  editions: true,
  talks: true,
  speakers: true,
  topics: true,
} satisfies Record<CollectionName, true>) as CollectionName[]
