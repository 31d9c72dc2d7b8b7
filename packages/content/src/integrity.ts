import type { ContentProblem, DocumentType } from '@weshare/schema'
import { formatPath, referencesIn, SITE_SETTINGS_ID, subjectOf } from '@weshare/schema'
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
          message: `pointe vers un document qui n'existe pas ou n'est pas publié (id ${ref}) : ouvrez ce document dans le Studio et choisissez à nouveau la référence, ou publiez le document visé.`,
        })
      } else if (expected && target._type !== expected) {
        problems.push({
          severity: 'error',
          subject: subjectOf(doc),
          path: formatPath(path),
          message: `pointe vers un document de type ${target._type} (id ${ref}) au lieu de ${expected} : choisissez à nouveau la référence dans le Studio.`,
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
        message: `le slug "${doc.slug?.current}" est aussi celui de ${others.join(', ')} : deux pages auraient la même adresse, changez l'un des slugs.`,
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
          message: `le talk ${ref} est listé deux fois : retirez le doublon dans le Studio.`,
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
        message: `le talk est listé par plusieurs éditions (${sessions.map((session) => session._id).join(', ')}) : un talk appartient à une seule édition ; retirez-le des autres, ou créez un talk distinct s'il a été rejoué.`,
      })
    }
  }

  for (const settings of documents.filter((doc) => doc._type === 'siteSettings' && doc._id !== SITE_SETTINGS_ID)) {
    problems.push({
      severity: 'error',
      subject: subjectOf(settings),
      path: '_id',
      message: `un second document de réglages du site (id ${settings._id}) : le site ne lit que celui d'id ${SITE_SETTINGS_ID}, celui-ci serait ignoré sans bruit. Reportez ses valeurs dans « Réglages du site » puis supprimez-le.`,
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
