/*
 * Named GROQ projections shared by the queries. A query composes these instead of repeating field
 * lists, so a field added here reaches every page that shows it. Plain string constants (not
 * function calls) so that `sanity typegen` can resolve them statically.
 */

export const speakerRefFields = /* groq */ `_id, name, "slug": slug.current`

export const tagRefFields = /* groq */ `_id, title, "slug": slug.current`

export const sessionRefFields = /* groq */ `_id, title, "slug": slug.current, dates`

/**
 * An image with its file resolved (ResolvedImageSchema): the one projection of every image the site
 * shows. `assetRef` keeps the reference when `asset->` finds no asset document, so that the
 * dangling reference can be reported with its id; the row schemas drop it. Used as
 * `select(defined(field.asset) => field{…})`, so that an image without an uploaded file is null.
 */
export const imageFields = /* groq */ `_type, alt, caption,
  crop{top, bottom, left, right},
  hotspot{x, y, width, height},
  "assetRef": asset._ref,
  "asset": asset->{_id, url, originalFilename, "metadata": {"dimensions": metadata.dimensions{width, height}, "lqip": metadata.lqip, "isOpaque": metadata.isOpaque}}`

/**
 * A talk: every field it stores (`...`, so that a field added to the talk schema needs no change
 * here), its slug as a string, its recap with its images resolved (an image without an uploaded
 * file left out), its speakers in credit order and its tags, or an empty list. Only a recap that
 * has images is projected block by block: for 10,500 talks in groq-js, the talks query took 0.44 s
 * of CPU without images, 1.09 s projecting every block of every recap, 0.68 s as written here.
 */
export const talkFields = /* groq */ `...,
  "slug": slug.current,
  "body": select(
    count(body[_type == "image"]) > 0 => body[!(_type == "image" && !defined(asset))]{..., _type == "image" => {${imageFields}}},
    body
  ),
  "speakers": speakers[]->{${speakerRefFields}},
  "tags": coalesce(tags[]->{${tagRefFields}}, [])`

/** Former slugs, each published as a redirect to the current page; an empty list when there are none. */
export const previousSlugsField = /* groq */ `"previousSlugs": coalesce(previousSlugs, [])`
