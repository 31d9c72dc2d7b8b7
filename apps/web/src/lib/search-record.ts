import { talkChoices, toPlainText, type SessionEntry, type TalkChoiceName, type TalkEntry } from '@weshare/schema'
import { lastDate } from './sessions.ts'
import { formatList } from '@weshare/schema/list-format'
import type { Facet } from './search-facets.ts'

/**
 * What a page tells the search index besides its text: the filters it belongs to and the metadata a
 * result shows, its `date` ('YYYY-MM-DD') included, which also orders « Plus récents »
 * (src/lib/search-order.ts). Rendered by components/search/SearchIndexData.astro.
 */
export interface SearchRecord {
  filters: Array<[Facet, string]>
  meta: Array<[string, string]>
}

/**
 * A talk is filtered by the value of each field picked from a list (format…) and by tag, speaker
 * and session slugs (stable, unlike names, and two speakers may share a name); results show the
 * format label, the speakers and the session. Metadata is searchable: speaker and tag names find
 * the talk, while the page's list of facts (format, speakers, session, tags) stays out of the
 * indexed text and of the excerpts.
 */
export function talkSearchRecord(
  talk: Pick<TalkEntry, TalkChoiceName | 'tags' | 'speakers' | 'session'>,
): SearchRecord {
  const choices = talkChoices(talk)
  const filters: SearchRecord['filters'] = [
    ...choices.map(({ field, choice }): [Facet, string] => [field.name, choice.value]),
    ...talk.tags.map((tag): [Facet, string] => ['tag', tag.slug]),
    ...talk.speakers.map((speaker): [Facet, string] => ['speaker', speaker.slug]),
  ]
  const meta: SearchRecord['meta'] = choices.map(({ field, choice }) => [field.name, choice.label])
  if (talk.speakers.length > 0) meta.push(['speakers', formatList(talk.speakers.map((speaker) => speaker.name))])
  if (talk.tags.length > 0) meta.push(['tags', talk.tags.map((tag) => tag.title).join(', ')])
  if (talk.session) {
    filters.push(['session', talk.session.slug])
    meta.push(['session', talk.session.title])
    if (talk.session.dates.length > 0) meta.push(['date', lastDate(talk.session.dates)])
  }
  return { filters, meta }
}

/** A session recap is found by its title and intro; it belongs to no filter, so filtering shows talks only. */
export function sessionSearchRecord(session: SessionEntry): SearchRecord {
  return {
    filters: [],
    meta: [
      ['kind', "Récap d'édition"],
      ['date', lastDate(session.dates)],
    ],
  }
}

/** The words of a talk page that synonyms are looked for in: title, choices (format…), tags, recap and notes. */
export function talkSearchText(talk: TalkEntry): string {
  return [
    talk.title,
    ...talkChoices(talk).map(({ choice }) => choice.label),
    ...talk.tags.map((tag) => tag.title),
    toPlainText(talk.body),
    ...(talk.asides ?? []).flatMap((aside) => [aside.label, toPlainText(aside.body)]),
  ].join('\n')
}

/** The words of a session page that are indexed: its title and intro (the recaps are the talks' own). */
export function sessionSearchText(session: SessionEntry): string {
  return [session.title, toPlainText(session.intro)].join('\n')
}
