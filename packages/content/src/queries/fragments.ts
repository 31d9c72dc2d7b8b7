/*
 * Named GROQ projections shared by the queries. A query composes these instead of repeating field
 * lists, so a field added here reaches every page that shows it. Plain string constants (not
 * function calls) so that `sanity typegen` can resolve them statically.
 */

export const speakerRefFields = /* groq */ `_id, name, "slug": slug.current`

export const tagRefFields = /* groq */ `_id, title, "slug": slug.current`

export const sessionRefFields = /* groq */ `_id, title, "slug": slug.current, dates`

/**
 * A talk: every field it stores (`...`, so that a field added to the talk schema needs no change
 * here), its slug as a string, its speakers in credit order and its tags, or an empty list.
 */
export const talkFields = /* groq */ `...,
  "slug": slug.current,
  "speakers": speakers[]->{${speakerRefFields}},
  "tags": coalesce(tags[]->{${tagRefFields}}, [])`

/** Former slugs, each published as a redirect to the current page; an empty list when there are none. */
export const previousSlugsField = /* groq */ `"previousSlugs": coalesce(previousSlugs, [])`
