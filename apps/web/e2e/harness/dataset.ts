import { readDatasetFile, isPublishedId, SAMPLE_DATASET_FILE } from '@weshare/content'
import {
  DatasetDocumentSchema,
  formatProblems,
  validateDocument,
  type DatasetDocument,
  type Session,
  type SiteSettings,
  type Speaker,
  type Tag,
  type Talk,
} from '@weshare/schema'

/**
 * The documents a build was made from, so that tests derive what pages must show from the data
 * instead of repeating it.
 */
export interface Dataset {
  settings: SiteSettings
  /** Newest first, as the home page lists them (first date descending). */
  sessions: Session[]
  talks: Talk[]
  speakers: Speaker[]
  tags: Tag[]
  talk: (id: string) => Talk
  speaker: (id: string) => Speaker
  tag: (id: string) => Tag
  /** Talks of a session in the order its editors set. */
  talksOf: (session: Session) => Talk[]
  /** The session a talk belongs to. */
  sessionOf: (talk: Talk) => Session
}

function lookup<T extends { _id: string }>(kind: string, documents: T[], file: string): (id: string) => T {
  const byId = new Map(documents.map((document) => [document._id, document]))
  return (id) => {
    const found = byId.get(id)
    if (!found) throw new Error(`The dataset ${file} has no ${kind} with id "${id}", yet a document refers to it.`)
    return found
  }
}

/** Reads and validates the published documents of a dataset file (the sample by default). */
export async function readDataset(file: string = SAMPLE_DATASET_FILE): Promise<Dataset> {
  const documents: DatasetDocument[] = []
  for (const raw of await readDatasetFile(file)) {
    if (!isPublishedId((raw as { _id?: unknown })._id)) continue
    const problems = validateDocument(raw)
    if (problems.length > 0) {
      throw new Error(
        `The dataset ${file} does not match the schemas; fix it before testing with it:\n${formatProblems(problems)}`,
      )
    }
    documents.push(DatasetDocumentSchema.parse(raw))
  }
  const ofType = <K extends DatasetDocument['_type']>(type: K) =>
    documents.filter((document): document is Extract<DatasetDocument, { _type: K }> => document._type === type)

  const [settings] = ofType('siteSettings')
  if (!settings) throw new Error(`The dataset ${file} has no siteSettings document.`)
  const sessions = ofType('session').sort(
    (a, b) => (b.dates[0] ?? '').localeCompare(a.dates[0] ?? '') || a._id.localeCompare(b._id),
  )
  const talks = ofType('talk')
  const talk = lookup('talk', talks, file)
  const talksOf = (session: Session) => session.talks.map((ref) => talk(ref._ref))
  return {
    settings,
    sessions,
    talks,
    speakers: ofType('speaker'),
    tags: ofType('tag'),
    talk,
    speaker: lookup('speaker', ofType('speaker'), file),
    tag: lookup('tag', ofType('tag'), file),
    talksOf,
    sessionOf: (wanted) => {
      const session = sessions.find((candidate) => candidate.talks.some((ref) => ref._ref === wanted._id))
      if (!session) throw new Error(`Talk "${wanted.slug.current}" of ${file} belongs to no session.`)
      return session
    },
  }
}

/** Site paths of the documents, as the URL map fixes them. */
export const paths = {
  home: '/',
  session: (session: Session) => `/sessions/${session.slug.current}/`,
  talk: (talk: Talk) => `/talks/${talk.slug.current}/`,
  speaker: (speaker: Speaker) => `/speakers/${speaker.slug.current}/`,
  tag: (tag: Tag) => `/tags/${tag.slug.current}/`,
  format: (value: string) => `/formats/${value}/`,
  speakers: '/speakers/',
  tags: '/tags/',
  formats: '/formats/',
  notFound: '/404.html',
}
