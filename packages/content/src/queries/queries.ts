import { defineQuery } from 'groq'
import {
  editionRefFields,
  talkCreditsFields,
  talkEditionField,
  talkListItemFields,
  talkRefFields,
} from './fragments.ts'

/*
 * Every query the site runs. Both sources evaluate exactly these strings: groq-js over a dataset
 * file, the Query API on the Content Lake. `sanity typegen` types each one (studio/sanity.types.ts).
 */

/** Editions, newest first, each with its talks in editor order. */
export const editionsQuery = defineQuery(`*[_type == "session" && defined(slug.current)] | order(dates[0] desc, _id asc) {
  ${editionRefFields}, intro, cover, seoDescription,
  "talks": talks[]->{${talkRefFields},${talkCreditsFields}, body}
}`)

/** Talks with their edition, speakers, topics, asides and links (previous/next come from the edition order). */
export const talksQuery = defineQuery(`*[_type == "talk" && defined(slug.current)] | order(_id asc) {
  ${talkRefFields},${talkCreditsFields},
  body, asides, links,${talkEditionField}
}`)

/** Speakers with the talks they gave. */
export const speakersQuery = defineQuery(`*[_type == "speaker" && defined(slug.current)] | order(name asc, _id asc) {
  _id, name, "slug": slug.current, bio, avatar, links,
  "talks": *[_type == "talk" && ^._id in speakers[]._ref] | order(title asc) {${talkListItemFields}}
}`)

/** Topics with the talks that touch them. */
export const topicsQuery = defineQuery(`*[_type == "tag" && defined(slug.current)] | order(title asc, _id asc) {
  _id, title, "slug": slug.current, description,
  "talks": *[_type == "talk" && ^._id in topics[]._ref] | order(title asc) {${talkListItemFields}}
}`)

/** The site settings singleton. */
export const siteSettingsQuery = defineQuery(`*[_id == "siteSettings"][0]{title, description, language, baseUrl}`)

/** Every published document of the given types, for validation and integrity checks. */
export const documentsQuery = defineQuery(`*[_type in $types]`)
