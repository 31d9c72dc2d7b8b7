import type {
  SessionEntry,
  SessionRef,
  SessionRow,
  SpeakerEntry,
  SpeakerRow,
  TalkEntry,
  TalkListItem,
  TalkRef,
  TalkRow,
  TagEntry,
  TagRow,
} from '@weshare/schema'
import type { SiteContent } from './site-content.ts'

export interface QueryRows {
  sessions: SessionRow[]
  talks: TalkRow[]
  speakers: SpeakerRow[]
  tags: TagRow[]
}

const byTitle = (a: { title: string }, b: { title: string }) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)

/**
 * Links the query rows backwards, in one pass each: the session of each talk (the newest session
 * that lists it), its previous and next talk in that session's order, the talks of each speaker and
 * of each tag. GROQ would need a scan of the dataset per row for each of these.
 */
export function joinRows(rows: QueryRows): Omit<SiteContent, 'settings'> {
  const talkById = new Map(rows.talks.map((talk) => [talk._id, talk]))
  const placement = new Map<string, { session: SessionRef; previous: TalkRef | null; next: TalkRef | null }>()

  const sessions: SessionEntry[] = rows.sessions.map(({ talkIds, ...session }) => {
    const talks = talkIds.map((id) => talkById.get(id)).filter((talk): talk is TalkRow => talk !== undefined)
    const refs: TalkRef[] = talks.map(({ _id, title, slug, format }) => ({ _id, title, slug, format }))
    const sessionRef: SessionRef = { _id: session._id, title: session.title, slug: session.slug, dates: session.dates }
    refs.forEach((ref, index) => {
      // Sessions come newest first: a talk listed twice (an error the checks report) keeps the newest.
      if (!placement.has(ref._id))
        placement.set(ref._id, {
          session: sessionRef,
          previous: refs[index - 1] ?? null,
          next: refs[index + 1] ?? null,
        })
    })
    return {
      ...session,
      talks: talks.map(({ _id, title, slug, format, speakers, tags }) => ({
        _id,
        title,
        slug,
        format,
        speakers,
        tags,
      })),
    }
  })

  const talks: TalkEntry[] = rows.talks.map((talk) => ({
    ...talk,
    session: null,
    previous: null,
    next: null,
    ...placement.get(talk._id),
  }))

  const talksOfSpeaker = new Map<string, TalkListItem[]>()
  const talksOfTag = new Map<string, TalkListItem[]>()
  for (const talk of talks) {
    const item: TalkListItem = {
      _id: talk._id,
      title: talk.title,
      slug: talk.slug,
      format: talk.format,
      speakers: talk.speakers,
      session: talk.session,
    }
    for (const speaker of talk.speakers)
      talksOfSpeaker.set(speaker._id, [...(talksOfSpeaker.get(speaker._id) ?? []), item])
    for (const tag of talk.tags) talksOfTag.set(tag._id, [...(talksOfTag.get(tag._id) ?? []), item])
  }
  const speakers: SpeakerEntry[] = rows.speakers.map((speaker) => ({
    ...speaker,
    talks: (talksOfSpeaker.get(speaker._id) ?? []).sort(byTitle),
  }))
  const tags: TagEntry[] = rows.tags.map((tag) => ({
    ...tag,
    talks: (talksOfTag.get(tag._id) ?? []).sort(byTitle),
  }))

  return { sessions, talks, speakers, tags }
}
