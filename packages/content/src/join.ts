import type {
  EditionEntry,
  EditionRef,
  EditionRow,
  SpeakerEntry,
  SpeakerRow,
  TalkEntry,
  TalkListItem,
  TalkRef,
  TalkRow,
  TopicEntry,
  TopicRow,
} from '@weshare/schema'
import type { SiteContent } from './site-content.ts'

export interface QueryRows {
  editions: EditionRow[]
  talks: TalkRow[]
  speakers: SpeakerRow[]
  topics: TopicRow[]
}

const byTitle = (a: { title: string }, b: { title: string }) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)

/**
 * Links the query rows backwards, in one pass each: the edition of each talk (the newest edition
 * that lists it), its previous and next talk in that edition's order, the talks of each speaker and
 * of each topic. GROQ would need a scan of the dataset per row for each of these.
 */
export function joinRows(rows: QueryRows): Omit<SiteContent, 'settings'> {
  const talkById = new Map(rows.talks.map((talk) => [talk._id, talk]))
  const placement = new Map<string, { edition: EditionRef; previous: TalkRef | null; next: TalkRef | null }>()

  const editions: EditionEntry[] = rows.editions.map(({ talkIds, ...edition }) => {
    const talks = talkIds.map((id) => talkById.get(id)).filter((talk): talk is TalkRow => talk !== undefined)
    const refs: TalkRef[] = talks.map(({ _id, title, slug, format }) => ({ _id, title, slug, format }))
    const editionRef: EditionRef = { _id: edition._id, title: edition.title, slug: edition.slug, dates: edition.dates }
    refs.forEach((ref, index) => {
      // Editions come newest first: a talk listed twice (an error the checks report) keeps the newest.
      if (!placement.has(ref._id))
        placement.set(ref._id, {
          edition: editionRef,
          previous: refs[index - 1] ?? null,
          next: refs[index + 1] ?? null,
        })
    })
    return {
      ...edition,
      talks: talks.map(({ _id, title, slug, format, speakers, topics }) => ({
        _id,
        title,
        slug,
        format,
        speakers,
        topics,
      })),
    }
  })

  const talks: TalkEntry[] = rows.talks.map((talk) => ({
    ...talk,
    edition: null,
    previous: null,
    next: null,
    ...placement.get(talk._id),
  }))

  const talksOfSpeaker = new Map<string, TalkListItem[]>()
  const talksOfTopic = new Map<string, TalkListItem[]>()
  for (const talk of talks) {
    const item: TalkListItem = {
      _id: talk._id,
      title: talk.title,
      slug: talk.slug,
      format: talk.format,
      speakers: talk.speakers,
      edition: talk.edition,
    }
    for (const speaker of talk.speakers)
      talksOfSpeaker.set(speaker._id, [...(talksOfSpeaker.get(speaker._id) ?? []), item])
    for (const topic of talk.topics) talksOfTopic.set(topic._id, [...(talksOfTopic.get(topic._id) ?? []), item])
  }
  const speakers: SpeakerEntry[] = rows.speakers.map((speaker) => ({
    ...speaker,
    talks: (talksOfSpeaker.get(speaker._id) ?? []).sort(byTitle),
  }))
  const topics: TopicEntry[] = rows.topics.map((topic) => ({
    ...topic,
    talks: (talksOfTopic.get(topic._id) ?? []).sort(byTitle),
  }))

  return { editions, talks, speakers, topics }
}
