/*
 * Only published documents reach the site. Sanity stores a draft as `drafts.<id>`, a document in a
 * content release as `versions.<release>.<id>`, and system documents under the `_.` prefix
 * (https://www.sanity.io/docs/content-lake/drafts).
 */
const UNPUBLISHED_PREFIXES = ['drafts.', 'versions.', '_.'] as const

export function isPublishedId(id: unknown): id is string {
  return typeof id === 'string' && !UNPUBLISHED_PREFIXES.some((prefix) => id.startsWith(prefix))
}
