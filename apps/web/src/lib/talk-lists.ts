import { getCollection } from 'astro:content'
import { SpeakerEntrySchema, TagEntrySchema } from '@weshare/schema'
import type { StoredEntry } from '@weshare/content/astro-loader'
import { z } from 'zod'
import type { SiteTalk } from './talk-collection.ts'

/*
 * Speakers and tags list their talks by id in the content store: a talk's title, speakers and
 * session are stored once, in the talks collection, rather than once more for each of its speakers
 * and tags. Pages put the talks back with talksOf().
 */

const talkIds = z.array(z.string())
export const SpeakerCollectionSchema = SpeakerEntrySchema.omit({ talks: true }).extend({ talkIds })
export const TagCollectionSchema = TagEntrySchema.omit({ talks: true }).extend({ talkIds })

/** The stored form of a speaker or tag: its talks' ids in place of the talks. */
export function storeTalkIds<Entry extends { talks: ReadonlyArray<{ _id: string }> }>({
  talks,
  ...rest
}: Entry): StoredEntry & { data: Omit<Entry, 'talks'> & { talkIds: string[] } } {
  return { data: { ...rest, talkIds: talks.map((talk) => talk._id) } }
}

let byId: Promise<Map<string, SiteTalk>> | undefined

/** The talks of a speaker or tag, in the order stored. */
export async function talksOf(entry: { slug: string; talkIds: readonly string[] }): Promise<SiteTalk[]> {
  byId ??= getCollection('talks').then((talks) => new Map(talks.map(({ data }) => [data._id, data])))
  const talks = await byId
  return entry.talkIds.map((id) => {
    const talk = talks.get(id)
    if (!talk)
      throw new Error(`"${entry.slug}" lists the talk ${id}, which the talks collection lacks: rebuild the site.`)
    return talk
  })
}
