import type { ContentProblem } from '@weshare/schema'
import { shownValue, subjectName, subjectOf } from '@weshare/schema'

interface StoredDocument {
  _id: string
  _type: string
  slug?: { current?: string }
  previousSlugs?: unknown
}

/**
 * The former slugs a document publishes as redirects: each once, in the order kept, without its
 * current slug (a slug given back to the document is its page again, not a redirect).
 */
export function formerSlugsOf(document: Pick<StoredDocument, 'slug' | 'previousSlugs'>): string[] {
  const current = document.slug?.current
  const listed = Array.isArray(document.previousSlugs) ? document.previousSlugs : []
  const kept = listed.filter((slug): slug is string => typeof slug === 'string' && slug !== '' && slug !== current)
  return [...new Set(kept)]
}

const named = (document: StoredDocument) => subjectName(subjectOf(document))

/**
 * A former slug still answers for its document: when another document of the same type uses it,
 * as its slug or as one of its own former slugs, two pages would claim one address.
 */
export function formerSlugProblems(documents: ReadonlyArray<StoredDocument>): ContentProblem[] {
  const problems: ContentProblem[] = []
  const currentOwner = new Map<string, StoredDocument>()
  const formerOwners = new Map<string, StoredDocument[]>()
  const key = (type: string, slug: string) => `${type}\u0000${slug}`
  for (const doc of documents) {
    if (doc.slug?.current) currentOwner.set(key(doc._type, doc.slug.current), doc)
    for (const slug of formerSlugsOf(doc)) {
      const owners = formerOwners.get(key(doc._type, slug)) ?? []
      formerOwners.set(key(doc._type, slug), [...owners, doc])
    }
  }
  for (const doc of documents) {
    const former = formerSlugsOf(doc)
    for (const slug of former) {
      const path = `previousSlugs[${(doc.previousSlugs as string[]).indexOf(slug)}]`
      const owner = currentOwner.get(key(doc._type, slug))
      if (owner && owner !== doc) {
        problems.push({
          severity: 'error',
          subject: subjectOf(doc),
          path,
          message: `l'ancien slug ${shownValue(slug)} est le slug actuel de ${named(owner)} : deux pages réclameraient la même adresse ; retirez cet ancien slug de ${named(doc)} dans le Studio, ou changez le slug de ${named(owner)}.`,
        })
      }
      for (const other of formerOwners.get(key(doc._type, slug)) ?? []) {
        if (other === doc) continue
        problems.push({
          severity: 'error',
          subject: subjectOf(doc),
          path,
          message: `l'ancien slug ${shownValue(slug)} est aussi un ancien slug de ${named(other)} : l'ancienne adresse ne peut mener qu'à une page ; retirez-le de ${named(doc)} ou de ${named(other)} dans le Studio.`,
        })
      }
    }
  }
  return problems
}
