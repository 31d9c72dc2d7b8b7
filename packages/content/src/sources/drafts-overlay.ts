/*
 * What Sanity's `drafts` perspective shows, computed over the documents of a dataset file: each
 * document as its draft (`drafts.<id>`) when it has one, else as published, under its published id
 * so that references resolve to the draft. A content release (`versions.<release>.<id>`) takes
 * precedence over both, but only the release that is asked for by name: the perspective
 * `[release, 'drafts']` of the Content Lake (https://www.sanity.io/docs/content-lake/perspectives).
 */

interface StoredDocument {
  _id: string
  [field: string]: unknown
}

const DRAFT_PREFIX = 'drafts.'
const VERSION_PREFIX = 'versions.'
const SYSTEM_PREFIX = '_.'

/** How much of a dataset file the preview shows from each layer. */
export interface OverlayCounts {
  published: number
  drafts: number
  release: number
}

/** A release name as Sanity writes it in version ids: letters, digits, `_` and `-`. */
export const RELEASE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

/**
 * The documents of the drafts view: one per published id, drafts over published, the named
 * release over both. Versions of other releases and system documents are left out.
 */
export function overlayDrafts(
  documents: ReadonlyArray<unknown>,
  release?: string,
): { documents: StoredDocument[]; counts: OverlayCounts } {
  const releasePrefix = release ? `${VERSION_PREFIX}${release}.` : undefined
  const layers = new Map<string, { rank: number; doc: StoredDocument }>()
  const counts: OverlayCounts = { published: 0, drafts: 0, release: 0 }
  for (const doc of documents) {
    if (typeof doc !== 'object' || doc === null || typeof (doc as StoredDocument)._id !== 'string') continue
    const stored = doc as StoredDocument
    let id: string
    let rank: number
    if (releasePrefix && stored._id.startsWith(releasePrefix)) {
      id = stored._id.slice(releasePrefix.length)
      rank = 2
    } else if (stored._id.startsWith(DRAFT_PREFIX)) {
      id = stored._id.slice(DRAFT_PREFIX.length)
      rank = 1
    } else if (stored._id.startsWith(VERSION_PREFIX) || stored._id.startsWith(SYSTEM_PREFIX)) {
      continue
    } else {
      id = stored._id
      rank = 0
    }
    const shown = layers.get(id)
    if (!shown || shown.rank < rank) layers.set(id, { rank, doc: { ...stored, _id: id } })
  }
  const overlaid: StoredDocument[] = []
  for (const { rank, doc } of layers.values()) {
    overlaid.push(doc)
    if (rank === 2) counts.release += 1
    else if (rank === 1) counts.drafts += 1
    else counts.published += 1
  }
  return { documents: overlaid, counts }
}
