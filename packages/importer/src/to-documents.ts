import type {
  DatasetDocument,
  KeyedReference,
  Session,
  SiteSettings,
  Speaker,
  Tag,
  Talk,
  TalkFormat,
} from '@weshare/schema'
import { DEFAULT_SITE_SETTINGS } from './default-site-settings.ts'
import type { KnownTag } from './known-tags.ts'
import type { Paragraph, Unmapped } from './outline.ts'
import { slugify } from '@weshare/schema'
import { stableHash } from './stable-hash.ts'
import { keyMaker, toBlockContent, toSimpleBlockContent } from './to-portable-text.ts'

/** A talk ready to become documents: its text, and the speakers and tags found in it. */
export interface ImportedTalk {
  title: string
  format: TalkFormat
  line: number
  paragraphs: Paragraph[]
  /** First names, in the order the recap credits them. */
  speakers: string[]
  tags: KnownTag[]
}

/** A session ready to become documents. */
export interface ImportedSession {
  title: string
  /** YYYY-MM-DD, at least one. */
  dates: string[]
  intro: Paragraph[]
  talks: ImportedTalk[]
}

export interface DocumentOptions {
  /** Adds a default `siteSettings` document, so the output builds the site on its own. */
  withSiteSettings?: boolean
}

export interface ImportedDocuments {
  /** In the order they are written: site settings, tags, speakers, talks, then the session. */
  documents: DatasetDocument[]
  /** What was changed on the way: an intro item that had to be simplified, a talk slug made unique. */
  unmapped: Unmapped[]
}

type SystemFields = '_createdAt' | '_updatedAt' | '_rev'

function reference(id: string, field: string, index: number, ownerId: string): KeyedReference {
  return { _type: 'reference', _ref: id, _key: stableHash(ownerId, `${field}[${index}]`) }
}

/**
 * Turns a session into Sanity dataset documents with deterministic ids (`talk-<slug>`, `speaker-<slug>`,
 * `tag-<slug>`, `session-<slug>`), keys and revisions, so that importing the same recap twice gives the
 * same output. Speakers are one document per first name, shared by every talk that names it.
 */
export function toDocuments(session: ImportedSession, options: DocumentOptions = {}): ImportedDocuments {
  const dates = [...new Set(session.dates)].sort()
  const timestamp = `${dates[0] ?? '1970-01-01'}T00:00:00Z`
  const unmapped: Unmapped[] = []
  const stamp = <T extends DatasetDocument>(document: Omit<T, SystemFields>): T => {
    const { _id, _type, ...fields } = document as Omit<T, SystemFields> & { _id: string; _type: string }
    const withoutRev = { _id, _type, _createdAt: timestamp, _updatedAt: timestamp, _rev: '', ...fields }
    return { ...withoutRev, _rev: stableHash(JSON.stringify(withoutRev)) } as unknown as T
  }

  const tags = new Map<string, Tag>()
  const speakers = new Map<string, Speaker>()
  const talks: Talk[] = []
  const talkSlugs = new Set<string>()

  for (const talk of session.talks) {
    for (const tag of talk.tags) {
      const slug = slugify(tag.title)
      if (!tags.has(slug)) {
        tags.set(
          slug,
          stamp<Tag>({
            _id: `tag-${slug}`,
            _type: 'tag',
            title: tag.title,
            slug: { _type: 'slug', current: slug },
            description: tag.description,
          }),
        )
      }
    }
    for (const name of talk.speakers) {
      const slug = slugify(name)
      if (!speakers.has(slug))
        speakers.set(
          slug,
          stamp<Speaker>({ _id: `speaker-${slug}`, _type: 'speaker', name, slug: { _type: 'slug', current: slug } }),
        )
    }

    const base = slugify(talk.title) || `talk-line-${talk.line}`
    let slug = base
    for (let n = 2; talkSlugs.has(slug); n += 1) slug = `${base}-${n}`
    if (slug !== base) {
      unmapped.push({
        line: talk.line,
        text: talk.title,
        why: `another talk has the same address "${base}": imported as "${slug}"; rename one of them`,
      })
    }
    talkSlugs.add(slug)
    const id = `talk-${slug}`
    const body = toBlockContent(talk.paragraphs, 'body', keyMaker(id))
    unmapped.push(...body.unmapped)
    talks.push(
      stamp<Talk>({
        _id: id,
        _type: 'talk',
        title: talk.title,
        slug: { _type: 'slug', current: slug },
        format: talk.format,
        speakers: [...new Set(talk.speakers.map((name) => `speaker-${slugify(name)}`))].map((ref, index) =>
          reference(ref, 'speakers', index, id),
        ),
        body: body.blocks,
        tags: talk.tags.map((tag, index) => reference(`tag-${slugify(tag.title)}`, 'tags', index, id)),
      }),
    )
  }

  const sessionSlug = slugify(session.title) || `weshare-${dates.join('-')}`
  const sessionId = `session-${sessionSlug}`
  const intro = toSimpleBlockContent(session.intro, 'intro', keyMaker(sessionId))
  unmapped.push(...intro.unmapped)
  const sessionDocument = stamp<Session>({
    _id: sessionId,
    _type: 'session',
    title: session.title,
    slug: { _type: 'slug', current: sessionSlug },
    dates,
    intro: intro.blocks,
    talks: talks.map((talk, index) => reference(talk._id, 'talks', index, sessionId)),
  })

  const settings = options.withSiteSettings ? [stamp<SiteSettings>(DEFAULT_SITE_SETTINGS)] : []
  return { documents: [...settings, ...tags.values(), ...speakers.values(), ...talks, sessionDocument], unmapped }
}
