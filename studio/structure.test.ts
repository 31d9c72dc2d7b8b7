import { SITE_SETTINGS_ID, TALK_FORMATS } from '@weshare/schema'
import { firstValueFrom, isObservable, of } from 'rxjs'
import type { DocumentActionComponent, Source } from 'sanity'
import { createStructureBuilder, type StructureBuilder, type StructureResolverContext } from 'sanity/structure'
import { beforeAll, describe, expect, test } from 'vitest'
import { offlineStudioSource } from './schemaTypes/helpers/offline-studio.ts'
import { structure } from './structure/index.ts'
import { TALK_IN_FORMAT, talkInFormat } from './structure/templates.ts'

// Serialized structure nodes, reduced to what these tests read.
interface Node {
  id: string
  type: string
  title?: string
  schemaType?: string | { name: string }
  options?: Record<string, unknown>
  child?: unknown
  items?: Node[]
  initialValueTemplates?: Array<{ templateId: string; parameters?: Record<string, unknown> }>
}

let source: Source
let S: StructureBuilder

function serialize(builder: unknown): Node {
  return (builder as { serialize: () => Node }).serialize()
}

function buildStructure(documentStore: unknown = {}): Node {
  const context = { ...source, documentStore, perspectiveStack: ['drafts'] } as unknown as StructureResolverContext
  return serialize(structure(S, context))
}

function item(list: Node, id: string): Node {
  const found = list.items?.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`No item "${id}" in list "${list.id}": ${list.items?.map((i) => i.id).join(', ')}`)
  return found
}

const asNode = (child: unknown) => child as Node
const actionNames = (actions: DocumentActionComponent[]) => actions.map((action) => action.action ?? action.displayName)

beforeAll(async () => {
  source = await offlineStudioSource()
  S = createStructureBuilder({ source, perspectiveStack: ['drafts'] })
})

describe('structure', () => {
  test('shows Éditions, Talks par format, Intervenants, Sujets and Réglages du site, in that order', () => {
    const sections = buildStructure().items?.filter((node) => node.type !== 'divider')
    expect(sections?.map((node) => node.title)).toEqual([
      'Éditions',
      'Talks par format',
      'Intervenants',
      'Sujets',
      'Réglages du site',
    ])
  })

  test('lists sessions newest first, by their first date', () => {
    const sessions = asNode(item(buildStructure(), 'sessions').child)
    expect(sessions.options).toMatchObject({
      filter: '_type == $type',
      params: { type: 'session' },
      defaultOrdering: [{ field: 'dates[0]', direction: 'desc' }],
    })
  })

  test("opens a session on its form, then its talks in the recap's order", async () => {
    const queries: unknown[] = []
    const documentStore = {
      listenQuery: (query: string, params: unknown) => {
        queries.push(params)
        return of({ title: 'WeShare juin 2025', talkIds: ['talk-b', 'talk-a', 'talk-c'] })
      },
    }
    const sessions = asNode(item(buildStructure(documentStore), 'sessions').child)
    const child = (sessions.child as (id: string, options: unknown) => unknown)('session-1', {})
    expect(isObservable(child)).toBe(true)
    const session = serialize(await firstValueFrom(child as never))

    expect(queries).toEqual([{ id: 'session-1' }])
    expect(session.title).toBe('WeShare juin 2025')
    const form = asNode(item(session, 'session').child)
    expect(form.options).toMatchObject({ id: 'session-1', type: 'session' })
    const talks = session.items?.filter(
      (node) => typeof node.schemaType === 'object' && node.schemaType.name === 'talk',
    )
    expect(talks?.map((node) => node.id)).toEqual(['talk-b', 'talk-a', 'talk-c'])
  })

  test('offers one list per talk format, titled with its heading, in the order of TALK_FORMATS', () => {
    const byFormat = asNode(item(buildStructure(), 'talks-by-format').child)
    const formatLists = TALK_FORMATS.map((format) => asNode(item(byFormat, format.value).child))

    expect(formatLists.map((list) => list.title)).toEqual(TALK_FORMATS.map((format) => format.heading))
    formatLists.forEach((list, index) => {
      expect(list.options).toMatchObject({
        filter: '_type == "talk" && format == $format',
        params: { format: TALK_FORMATS[index]?.value },
      })
    })
  })

  test('creates a talk with the format of the list it is created from', () => {
    const byFormat = asNode(item(buildStructure(), 'talks-by-format').child)
    const rex = asNode(item(byFormat, 'rex').child)
    expect(rex.initialValueTemplates).toEqual([
      expect.objectContaining({ templateId: TALK_IN_FORMAT, parameters: { format: 'rex' } }),
    ])
    expect(talkInFormat.value).toBeTypeOf('function')
    expect((talkInFormat.value as (params: { format: string }) => unknown)({ format: 'rex' })).toEqual({
      format: 'rex',
    })
  })

  test('opens the site settings as one document at its fixed id', () => {
    const settings = asNode(item(buildStructure(), SITE_SETTINGS_ID).child)
    expect(settings.type).toBe('document')
    expect(settings.options).toMatchObject({ id: SITE_SETTINGS_ID, type: 'siteSettings' })
  })
})

describe('site settings singleton', () => {
  test('cannot be created from any "create" menu', () => {
    expect(source.templates.map((template) => template.schemaType)).not.toContain('siteSettings')
    const globalMenu = source.document.resolveNewDocumentOptions({ type: 'global' })
    expect(globalMenu.map((option) => option.templateId)).toEqual(['session', 'talk', 'speaker', 'tag'])
  })

  test('cannot be deleted, duplicated or unpublished', () => {
    const actions = source.document.actions({
      schemaType: 'siteSettings',
      documentId: SITE_SETTINGS_ID,
      releaseId: undefined,
      versionType: 'draft',
    })
    expect(actionNames(actions)).toContain('publish')
    expect(actionNames(actions)).not.toContain('delete')
    expect(actionNames(actions)).not.toContain('duplicate')
    expect(actionNames(actions)).not.toContain('unpublish')
  })
})

describe('"Voir sur le site"', () => {
  test.each(['session', 'talk', 'speaker', 'tag'])('is offered on a %s', (schemaType) => {
    const actions = source.document.actions({
      schemaType,
      documentId: 'doc',
      releaseId: undefined,
      versionType: 'draft',
    })
    expect(actionNames(actions)).toContain('ViewOnSiteAction')
  })

  test('is not offered on the site settings, which have no page', () => {
    const actions = source.document.actions({
      schemaType: 'siteSettings',
      documentId: SITE_SETTINGS_ID,
      releaseId: undefined,
      versionType: 'draft',
    })
    expect(actionNames(actions)).not.toContain('ViewOnSiteAction')
  })
})
