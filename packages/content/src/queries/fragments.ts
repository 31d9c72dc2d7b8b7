/*
 * Named GROQ projections shared by the queries. A query composes these instead of repeating field
 * lists, so a field added here reaches every page that shows it. Plain string constants (not
 * function calls) so that `sanity typegen` can resolve them statically.
 */

export const speakerRefFields = /* groq */ `_id, name, "slug": slug.current`

export const topicRefFields = /* groq */ `_id, title, "slug": slug.current`

export const editionRefFields = /* groq */ `_id, title, "slug": slug.current, dates`

export const talkRefFields = /* groq */ `_id, title, "slug": slug.current, format`

/** Speakers in credit order; topics, or an empty list when the talk has none. */
export const talkCreditsFields = /* groq */ `
  "speakers": speakers[]->{${speakerRefFields}},
  "topics": coalesce(topics[]->{${topicRefFields}}, [])`

/** Former slugs, each published as a redirect to the current page; an empty list when there are none. */
export const previousSlugsField = /* groq */ `"previousSlugs": coalesce(previousSlugs, [])`
