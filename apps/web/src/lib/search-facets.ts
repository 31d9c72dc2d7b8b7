import { TALK_FORMATS } from '@weshare/schema'
import { newestFirst } from './editions.ts'
import type { Facet } from './search-state.ts'

/**
 * The label of each filter value, in the order the facet panel lists them: the index stores format
 * values and slugs, readers read names. Embedded as JSON in /recherche/ for the browser; pairs
 * rather than an object, whose numeric-looking keys would lose their order.
 */
export type FacetLabels = Record<Facet, Array<[value: string, label: string]>>

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
interface EditionLike extends TitledLike {
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
 * Formats in the order of the one list of formats, topics and speakers alphabetically, editions
 * newest first (by their last day).
 */
export function facetLabels(content: {
  topics: readonly TitledLike[]
  speakers: readonly SpeakerLike[]
  editions: readonly EditionLike[]
}): FacetLabels {
  return {
    format: TALK_FORMATS.map((format) => [format.value, format.label]),
    tag: content.topics.map(({ slug, title }): [string, string] => [slug, title]).sort(byLabel),
    speaker: speakerLabels(content.speakers),
    edition: newestFirst(content.editions).map(({ slug, title }): [string, string] => [slug, title]),
  }
}
