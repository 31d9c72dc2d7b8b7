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
