import { TALK_CHOICE_FIELDS, type TalkChoiceName } from '@weshare/schema'
import { newestFirst } from './sessions.ts'

/**
 * Filters of the index, in the order the facet panel shows them: the talk fields picked from a
 * list (TALK_CHOICE_FIELDS, format first), then tags, speakers and sessions. Each is also the URL
 * parameter of /recherche/ and the Pagefind filter a talk page declares (search-record.ts).
 */
export type Facet = TalkChoiceName | 'tag' | 'speaker' | 'session'

export const FACETS: readonly Facet[] = [...TALK_CHOICE_FIELDS.map((field) => field.name), 'tag', 'speaker', 'session']

/** The legend of each facet in the panel: a choice field's title, as in the Studio and on the talk page. */
export const FACET_LEGENDS: Readonly<Record<Facet, string>> = {
  ...(Object.fromEntries(TALK_CHOICE_FIELDS.map((field) => [field.name, field.title])) as Record<
    TalkChoiceName,
    string
  >),
  tag: 'Sujets',
  speaker: 'Intervenants',
  session: 'Édition',
}

/**
 * The facet panel: each facet with its legend and the label of each value, in the order the panel
 * lists them (the index stores values and slugs, readers read names). Embedded as JSON in
 * /recherche/ for the browser, which builds the panel from it alone; pairs rather than an object,
 * whose numeric-looking keys would lose their order.
 */
export type FacetPanel = Array<{ facet: Facet; legend: string; values: Array<[value: string, label: string]> }>

interface Named {
  slug: string
}
interface SpeakerLike extends Named {
  name: string
  talks: ReadonlyArray<{ title: string }>
}
interface TitledLike extends Named {
  title: string
}
interface SessionLike extends TitledLike {
  dates: readonly string[]
}

const byLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], 'fr')

/**
 * Speakers who share a name get the title of their first talk after it, "Stéphane (Pulumi - Infra
 * as true Code)", or their slug when they have none: the panel never offers two identical choices.
 */
export function speakerLabels(speakers: readonly SpeakerLike[]): Array<[string, string]> {
  const namesakes = new Map<string, number>()
  for (const { name } of speakers) namesakes.set(name, (namesakes.get(name) ?? 0) + 1)
  const entries = speakers.map(({ slug, name, talks }): [string, string] => {
    const shared = (namesakes.get(name) ?? 0) > 1
    return [slug, shared ? `${name} (${talks[0]?.title ?? slug})` : name]
  })
  return entries.sort(byLabel)
}

/**
 * Choice fields (formats…) in the order of their list, tags and speakers alphabetically, sessions
 * newest first (by their last day).
 */
export function facetPanel(content: {
  tags: readonly TitledLike[]
  speakers: readonly SpeakerLike[]
  sessions: readonly SessionLike[]
}): FacetPanel {
  const values: Record<Facet, Array<[string, string]>> = {
    ...(Object.fromEntries(
      TALK_CHOICE_FIELDS.map((field) => [field.name, field.choices.map((choice) => [choice.value, choice.label])]),
    ) as Record<TalkChoiceName, Array<[string, string]>>),
    tag: content.tags.map(({ slug, title }): [string, string] => [slug, title]).sort(byLabel),
    speaker: speakerLabels(content.speakers),
    session: newestFirst(content.sessions).map(({ slug, title }): [string, string] => [slug, title]),
  }
  return FACETS.map((facet) => ({ facet, legend: FACET_LEGENDS[facet], values: values[facet] }))
}
