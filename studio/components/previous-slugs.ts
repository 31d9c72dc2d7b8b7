/** The fields of a document this reads. */
export interface SlugHolder {
  slug?: { current?: unknown } | undefined
  previousSlugs?: unknown
}

const slugOf = (doc: SlugHolder | null | undefined) =>
  typeof doc?.slug?.current === 'string' && doc.slug.current !== '' ? doc.slug.current : undefined

/**
 * The former slugs a document should keep once its draft is published: the published slug is added
 * when the draft changes it (each slug once), and the new current slug, if it was a former one, is
 * taken out (the address is the page again). Undefined when the list stays as it is.
 */
export function previousSlugsAfterPublish(
  published: SlugHolder | null | undefined,
  draft: SlugHolder | null | undefined,
): string[] | undefined {
  const before = slugOf(published)
  const after = slugOf(draft)
  const kept = Array.isArray(draft?.previousSlugs)
    ? draft.previousSlugs.filter((slug): slug is string => typeof slug === 'string')
    : []
  const next = [...new Set(before && before !== after ? [...kept, before] : kept)].filter((slug) => slug !== after)
  const unchanged =
    Array.isArray(draft?.previousSlugs) &&
    next.length === draft.previousSlugs.length &&
    next.every((slug, index) => slug === (draft.previousSlugs as unknown[])[index])
  if (unchanged || (next.length === 0 && !Array.isArray(draft?.previousSlugs))) return undefined
  return next
}
