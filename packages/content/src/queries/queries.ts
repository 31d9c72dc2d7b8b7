import { defineQuery } from 'groq'
import {
  imageFields,
  previousSlugsField,
  sessionRefFields,
  speakerRefFields,
  talkFields,
  tagRefFields,
} from './fragments.ts'

/*
 * Every query the site runs. Both sources evaluate exactly these strings: groq-js over a dataset
 * file, the Query API on the Content Lake. `sanity typegen` types each one (studio/sanity.types.ts).
 * Queries follow references forward only; join.ts links the rows backwards (see query-rows.ts).
 */

/** Sessions, newest first, with the ids of their talks in editor order. */
export const sessionsQuery =
  defineQuery(`*[_type == "session" && defined(slug.current)] | order(dates[0] desc, _id asc) {
  ${sessionRefFields}, intro, "cover": select(defined(cover.asset) => cover{${imageFields}}), seoDescription, ${previousSlugsField},
  "talkIds": coalesce(talks[]._ref, [])
}`)

/** Talks with every field they store, their speakers and their tags. */
export const talksQuery = defineQuery(`*[_type == "talk" && defined(slug.current)] | order(_id asc) {
  ${talkFields}
}`)

/** Speakers, by name. */
export const speakersQuery = defineQuery(`*[_type == "speaker" && defined(slug.current)] | order(name asc, _id asc) {
  ${speakerRefFields}, bio, "avatar": select(defined(avatar.asset) => avatar{${imageFields}}), links, ${previousSlugsField}
}`)

/** Tags, by title. */
export const tagsQuery = defineQuery(`*[_type == "tag" && defined(slug.current)] | order(title asc, _id asc) {
  ${tagRefFields}, description, ${previousSlugsField}
}`)

/** The site settings singleton. */
export const siteSettingsQuery = defineQuery(`*[_id == "siteSettings"][0]{title, description, language, baseUrl}`)

/** Every published document of the given types, for validation and integrity checks. */
export const documentsQuery = defineQuery(`*[_type in $types]`)
