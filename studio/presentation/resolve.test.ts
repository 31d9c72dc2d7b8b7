import { evaluate, parse } from 'groq-js'
import type { DocumentLocationResolverObject, DocumentLocationsState } from 'sanity/presentation'
import { describe, expect, test } from 'vitest'
import { PUBLIC_TYPES, publicPath } from '@weshare/schema/routes'
import { locations, mainDocuments, routeOf } from './resolve.ts'

/** How Presentation matches a page's path against a route: URLPattern, trailing slash optional. */
function matchRoute(route: string, path: string): Record<string, string | undefined> | undefined {
  return new URLPattern({ pathname: `${route}{/}?` }).exec({ pathname: path })?.pathname.groups
}

const SAMPLE: Record<string, Record<string, unknown>> = {
  session: { _id: 'session-juin', _type: 'session', title: 'WeShare de juin', slug: { current: 'weshare-juin-2025' } },
  talk: { _id: 'talk-kafka', _type: 'talk', title: 'Kafka sans larmes', slug: { current: 'kafka-sans-larmes' } },
  speaker: { _id: 'speaker-ada', _type: 'speaker', name: 'Ada Lovelace', slug: { current: 'ada-lovelace' } },
  tag: { _id: 'tag-sre', _type: 'tag', title: 'SRE', slug: { current: 'sre' } },
}

/** What a location resolver returns for a document, given its selected fields. */
function resolveLocations(type: string, selected: Record<string, unknown>): DocumentLocationsState {
  const resolver = locations[type as keyof typeof locations] as DocumentLocationResolverObject<string>
  return resolver.resolve!(selected as never) as DocumentLocationsState
}

function selectedFields(type: string): Record<string, unknown> {
  const resolver = locations[type as keyof typeof locations] as DocumentLocationResolverObject<string>
  const doc = SAMPLE[type]!
  return Object.fromEntries(
    Object.entries(resolver.select).map(([key, path]) => [
      key,
      String(path)
        .split('.')
        .reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], doc),
    ]),
  )
}

describe('the Presentation tool', () => {
  test.each(PUBLIC_TYPES)('opens a %s on its page, and finds it back from that page', async (type) => {
    const doc = SAMPLE[type]!
    const state = resolveLocations(type, selectedFields(type))
    const href = state.locations?.[0]?.href
    expect(href).toBe(publicPath(type, (doc.slug as { current: string }).current))
    expect(state.locations?.[0]?.title).toBe(doc.title ?? doc.name)

    const matching = mainDocuments.filter((entry) => matchRoute(entry.route as string, href!))
    expect(matching).toHaveLength(1)
    const params = matchRoute(matching[0]!.route as string, href!)!
    const filter = (matching[0] as { filter: string }).filter
    const dataset = Object.values(SAMPLE)
    const found = await (await evaluate(parse(`*[${filter}]._id`, { params }), { dataset, params })).get()
    expect(found).toEqual([doc._id])
  })

  test('has a route for every page type and no other', () => {
    expect(mainDocuments.map((entry) => entry.route)).toEqual(PUBLIC_TYPES.map(routeOf))
    expect(Object.keys(locations).sort()).toEqual([...PUBLIC_TYPES].sort())
  })

  test('shows the home page among the places a session appears', () => {
    expect(resolveLocations('session', selectedFields('session')).locations?.map((entry) => entry.href)).toContain('/')
  })

  test('tells the editor to generate a slug when a document has none yet', () => {
    const state = resolveLocations('talk', { title: 'Brouillon' })
    expect(state.locations).toBeUndefined()
    expect(state.message).toMatch(/générez-le/)
  })

  test('matches a page with or without its trailing slash', () => {
    expect(matchRoute(routeOf('talk'), '/talks/kafka/')).toEqual({ slug: 'kafka' })
    expect(matchRoute(routeOf('talk'), '/talks/kafka')).toEqual({ slug: 'kafka' })
    expect(matchRoute(routeOf('talk'), '/speakers/kafka/')).toBeUndefined()
  })
})
