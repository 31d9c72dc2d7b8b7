import { defineCollection } from 'astro:content'
import { weshareLoader } from '@weshare/content/astro-loader'
import { SessionEntrySchema, SiteSettingsEntrySchema } from '@weshare/schema'
import { prepareTalk, TalkCollectionSchema } from './lib/talk-collection.ts'
import { SpeakerCollectionSchema, storeTalkIds, TagCollectionSchema } from './lib/talk-lists.ts'

/*
 * Every collection comes from one load of the content source (a dataset file by default, the
 * Content Lake when SANITY_PROJECT_ID and SANITY_DATASET are set), validated by the shared zod schemas.
 * Entries are keyed by slug; `settings` has the single entry "site".
 */
export const collections = {
  settings: defineCollection({ loader: weshareLoader('settings'), schema: SiteSettingsEntrySchema }),
  sessions: defineCollection({ loader: weshareLoader('sessions'), schema: SessionEntrySchema }),
  // Recaps are stored as HTML, rendered once (lib/talk-collection.ts).
  talks: defineCollection({ loader: weshareLoader('talks', { prepare: prepareTalk }), schema: TalkCollectionSchema }),
  // Speakers and tags list their talks by id (lib/talk-lists.ts).
  speakers: defineCollection({
    loader: weshareLoader('speakers', { prepare: storeTalkIds }),
    schema: SpeakerCollectionSchema,
  }),
  tags: defineCollection({
    loader: weshareLoader('tags', { prepare: storeTalkIds }),
    schema: TagCollectionSchema,
  }),
}
