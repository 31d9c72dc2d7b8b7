import { defineCollection } from 'astro:content'
import { weshareLoader } from '@weshare/content/astro-loader'
import {
  EditionEntrySchema,
  SiteSettingsEntrySchema,
  SpeakerEntrySchema,
  TalkEntrySchema,
  TopicEntrySchema,
} from '@weshare/schema'

/*
 * Every collection comes from one load of the content source (a dataset file by default, the
 * Content Lake when SANITY_PROJECT_ID and SANITY_DATASET are set), validated by the shared zod schemas.
 * Entries are keyed by slug; `settings` has the single entry "site".
 */
export const collections = {
  settings: defineCollection({ loader: weshareLoader('settings'), schema: SiteSettingsEntrySchema }),
  editions: defineCollection({ loader: weshareLoader('editions'), schema: EditionEntrySchema }),
  talks: defineCollection({ loader: weshareLoader('talks'), schema: TalkEntrySchema }),
  speakers: defineCollection({ loader: weshareLoader('speakers'), schema: SpeakerEntrySchema }),
  topics: defineCollection({ loader: weshareLoader('topics'), schema: TopicEntrySchema }),
}
