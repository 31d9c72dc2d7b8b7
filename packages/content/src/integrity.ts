import type { ContentProblem, DocumentType } from '@weshare/schema'
import { formatPath, referencesIn, shownValue, SITE_SETTINGS_ID, subjectOf } from '@weshare/schema'
import { formerSlugProblems } from './former-slugs.ts'

interface StoredDocument {
  _id: string
  _type: string
  slug?: { current?: string }
  talks?: Array<{ _ref?: string }>
}

/** Which document type each reference field must point to. */
const REFERENCE_TARGETS: Partial<Record<DocumentType, Record<string, DocumentType>>> = {
  session: { talks: 'talk' },
  talk: { speakers: 'speaker', tags: 'tag' },
}

/** How a talk lists each kind of document it references, for the message of a duplicate. */
const LISTED_ONCE: Partial<Record<DocumentType, Record<string, string>>> = {
  talk: { speakers: "l'intervenant", tags: 'le sujet' },
}

/** An id quoted in a message: escaped and cut, since it comes from the file as is. */
const shownId = (id: string) => shownValue(id).slice(1, -1)

/**
 * For each string listed more than once, the index of its second occurrence and how many times it
 * is repeated: one problem per repeated value, however many copies a damaged file holds.
 */
function repeats(values: ReadonlyArray<unknown>): Map<number, number> {
  const seen = new Map<string, { second?: number; repeats: number }>()
  values.forEach((value, index) => {
    if (typeof value !== 'string') return
    const entry = seen.get(value)
    if (!entry) seen.set(value, { repeats: 0 })
    else {
      entry.second ??= index
      entry.repeats += 1
    }
  })
  const found = new Map<number, number>()
  for (const { second, repeats: count } of seen.values()) if (second !== undefined) found.set(second, count)
  return found
}

/**
 * Items of an array that share a `_key`, anywhere in a document. The Studio gives each item its own
 * key and the site keys headings, links and marks by it; two items with one key come from a file
 * merged or edited by hand.
 */
function duplicateKeyProblems(doc: StoredDocument): ContentProblem[] {
  const problems: ContentProblem[] = []
  const pending: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: doc, path: [] }]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next
    if (typeof value !== 'object' || value === null) continue
    if (Array.isArray(value)) {
      const keys = value.map((item: unknown) => (item as { _key?: unknown } | null)?._key)
      for (const [index, others] of repeats(keys)) {
        problems.push({
          severity: 'error',
          subject: subjectOf(doc),
          path: formatPath([...path, index]),
          message: `cet élément a la même clé _key ${shownValue(String(keys[index]))} que ${formatPath([...path, keys.indexOf(keys[index])])}${others > 1 ? ` et ${others - 1} autre(s)` : ''} : le fichier de données est abîmé (fusionné ou modifié à la main) ; ouvrez le document dans le Studio, qui répare les clés en double, publiez, puis exportez à nouveau.`,
        })
      }
    }
    for (const [key, child] of Object.entries(value)) {
      pending.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] })
    }
  }
  return problems
}

/**
 * Problems that no single document shows: references to documents that are gone, slugs used twice,
 * talks listed by several sessions or by none. See docs/architecture.md for which are errors.
 */
export function integrityProblems(documents: ReadonlyArray<StoredDocument>): ContentProblem[] {
  const problems: ContentProblem[] = []
  const byId = new Map(documents.map((doc) => [doc._id, doc]))

  for (const doc of documents) {
    const targets = REFERENCE_TARGETS[doc._type as DocumentType] ?? {}
    for (const { path, ref } of referencesIn(doc)) {
      const target = byId.get(ref)
      const expected = targets[String(path[0])]
      if (!target) {
        problems.push({
          severity: 'error',
          subject: subjectOf(doc),
          path: formatPath(path),
          message: `pointe vers un document qui n'existe pas ou n'est pas publié (id ${shownId(ref)}) : ouvrez ce document dans le Studio et choisissez à nouveau la référence, ou publiez le document visé.`,
        })
      } else if (expected && target._type !== expected) {
        problems.push({
          severity: 'error',
          subject: subjectOf(doc),
          path: formatPath(path),
          message: `pointe vers un document de type ${shownId(target._type)} (id ${shownId(ref)}) au lieu de ${expected} : choisissez à nouveau la référence dans le Studio.`,
        })
      }
    }
  }

  for (const doc of documents) {
    problems.push(...duplicateKeyProblems(doc))
    for (const [field, what] of Object.entries(LISTED_ONCE[doc._type as DocumentType] ?? {})) {
      const items = (doc as unknown as Record<string, unknown>)[field]
      const refs = (Array.isArray(items) ? items : []).map((item) => (item as { _ref?: unknown } | null)?._ref)
      for (const [index, others] of repeats(refs)) {
        const ref = String(refs[index])
        problems.push({
          severity: 'error',
          subject: subjectOf(doc),
          path: `${field}[${index}]`,
          message: `${what} ${shownId(ref)} est déjà dans la liste (${field}[${refs.indexOf(ref)}])${others > 1 ? `, et y revient encore ${others - 1} fois` : ''} : la page le citerait plusieurs fois ; retirez les doublons dans le Studio.`,
        })
      }
    }
  }

  const slugOwners = new Map<string, StoredDocument[]>()
  for (const doc of documents) {
    const slug = doc.slug?.current
    if (!slug) continue
    const key = `${doc._type}\u0000${slug}`
    slugOwners.set(key, [...(slugOwners.get(key) ?? []), doc])
  }
  for (const owners of slugOwners.values()) {
    if (owners.length < 2) continue
    for (const doc of owners) {
      const others = owners.filter((other) => other !== doc).map((other) => other._id)
      problems.push({
        severity: 'error',
        subject: subjectOf(doc),
        path: 'slug',
        message: `le slug ${shownValue(doc.slug?.current ?? '')} est aussi celui de ${others.map(shownId).join(', ')} : deux pages auraient la même adresse, changez l'un des slugs.`,
      })
    }
  }

  problems.push(...formerSlugProblems(documents))

  const sessionsOfTalk = new Map<string, StoredDocument[]>()
  for (const session of documents.filter((doc) => doc._type === 'session')) {
    const refs = (session.talks ?? []).map((item) => item._ref).filter((ref): ref is string => typeof ref === 'string')
    for (const [index, ref] of refs.entries()) {
      if (refs.indexOf(ref) !== index) {
        problems.push({
          severity: 'error',
          subject: subjectOf(session),
          path: `talks[${index}]`,
          message: `le talk ${shownId(ref)} est listé deux fois : retirez le doublon dans le Studio.`,
        })
        continue
      }
      sessionsOfTalk.set(ref, [...(sessionsOfTalk.get(ref) ?? []), session])
    }
  }
  for (const talk of documents.filter((doc) => doc._type === 'talk')) {
    const sessions = sessionsOfTalk.get(talk._id) ?? []
    if (sessions.length === 0) {
      problems.push({
        severity: 'warning',
        subject: subjectOf(talk),
        path: '',
        message:
          'aucune édition ne liste ce talk : il est publié sans édition ni talk précédent/suivant ; ajoutez-le à son édition dans le Studio.',
      })
    } else if (sessions.length > 1) {
      problems.push({
        severity: 'error',
        subject: subjectOf(talk),
        path: '',
        message: `le talk est listé par plusieurs éditions (${sessions.map((session) => shownId(session._id)).join(', ')}) : un talk appartient à une seule édition ; retirez-le des autres, ou créez un talk distinct s'il a été rejoué.`,
      })
    }
  }

  for (const settings of documents.filter((doc) => doc._type === 'siteSettings' && doc._id !== SITE_SETTINGS_ID)) {
    problems.push({
      severity: 'error',
      subject: subjectOf(settings),
      path: '_id',
      message: `un second document de réglages du site (id ${shownId(settings._id)}) : le site ne lit que celui d'id ${SITE_SETTINGS_ID}, celui-ci serait ignoré sans bruit. Reportez ses valeurs dans « Réglages du site » puis supprimez-le.`,
    })
  }

  if (!byId.has(SITE_SETTINGS_ID)) {
    problems.push({
      severity: 'error',
      subject: { type: 'siteSettings', id: 'siteSettings' },
      path: '',
      message:
        'les réglages du site sont absents : ouvrez « Réglages du site » dans le Studio, remplissez-les et publiez.',
    })
  }
  return problems
}
