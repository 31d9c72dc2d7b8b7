import type { SessionEntry, SpeakerEntry, SiteSettingsEntry, TalkEntry, TagEntry } from '@weshare/schema'

/** Everything the site publishes, validated: what the Astro collections hold. */
export interface SiteContent {
  settings: SiteSettingsEntry
  sessions: SessionEntry[]
  talks: TalkEntry[]
  speakers: SpeakerEntry[]
  tags: TagEntry[]
}

/** Collection names as the site's content config declares them. */
export type CollectionName = keyof SiteContent

/** Every collection name: the record's type makes a missing or unknown name fail the type check. */
export const COLLECTION_NAMES = Object.keys({
  settings: true,
  sessions: true,
  talks: true,
  speakers: true,
  tags: true,
} satisfies Record<CollectionName, true>) as CollectionName[]
