import { defineCollection } from 'astro:content'
import { weshareLoader } from '@weshare/content/astro-loader'
import { EditionEntrySchema, SiteSettingsEntrySchema, SpeakerEntrySchema, TopicEntrySchema } from '@weshare/schema'
import { prepareTalk, TalkCollectionSchema } from './lib/talk-collection.ts'

/*
 * Every collection comes from one load of the content source (a dataset file by default, the
 * Content Lake when SANITY_PROJECT_ID and SANITY_DATASET are set), validated by the shared zod schemas.
 * Entries are keyed by slug; `settings` has the single entry "site".
 */
export const collections = {
  settings: defineCollection({ loader: weshareLoader('settings'), schema: SiteSettingsEntrySchema }),
  editions: defineCollection({ loader: weshareLoader('editions'), schema: EditionEntrySchema }),
  // Recaps are stored as HTML, rendered once (lib/talk-collection.ts).
  talks: defineCollection({ loader: weshareLoader('talks', { prepare: prepareTalk }), schema: TalkCollectionSchema }),
  speakers: defineCollection({ loader: weshareLoader('speakers'), schema: SpeakerEntrySchema }),
  topics: defineCollection({ loader: weshareLoader('topics'), schema: TopicEntrySchema }),
}
