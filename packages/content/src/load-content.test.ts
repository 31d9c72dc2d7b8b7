import { describe, expect, test } from 'vitest'
import { ContentValidationError, loadContent } from './load-content.ts'
import { DatasetFileSource } from './sources/dataset-file-source.ts'
import { findDocument, sampleDocuments, type StoredDocument } from './testing/fixtures.ts'

async function load(documents: StoredDocument[], studioUrl?: string) {
  return loadContent(new DatasetFileSource(documents, 'test dataset'), { studioUrl })
}

async function failure(documents: StoredDocument[], studioUrl?: string): Promise<ContentValidationError> {
  try {
    await load(documents, studioUrl)
  } catch (error) {
    if (error instanceof ContentValidationError) return error
    throw error
  }
  throw new Error('the dataset loaded although it should not have')
}

describe('loadContent on the sample dataset', () => {
  test('publishes every session, talk, speaker and tag', async () => {
    const { content } = await load(await sampleDocuments())
    expect(content.sessions).toHaveLength(1)
    expect(content.talks).toHaveLength(21)
    expect(content.speakers).toHaveLength(22)
    expect(content.tags.length).toBeGreaterThan(10)
    expect(content.settings.language).toBe('fr')
  })

  test('keeps the talks of a session in editor order and links each talk to its neighbours', async () => {
    const documents = await sampleDocuments()
    const session = documents.find((doc) => doc._type === 'session') as unknown as { talks: Array<{ _ref: string }> }
    const order = session.talks.map((ref) => ref._ref)
    const { content } = await load(documents)
    expect(content.sessions[0]?.talks.map((talk) => talk._id)).toEqual(order)
    const second = content.talks.find((talk) => talk._id === order[1])
    expect(second?.previous?._id).toBe(order[0])
    expect(second?.next?._id).toBe(order[2])
    expect(content.talks.find((talk) => talk._id === order[0])?.previous).toBeNull()
  })

  test('prints one summary line with the source, counts per type and ignored drafts', async () => {
    const documents = await sampleDocuments()
    documents.push({
      ...findDocument(documents, documents.find((doc) => doc._type === 'talk')!._id),
      _id: 'drafts.x',
      title: 'Brouillon',
    })
    const { summary } = await load(documents)
    expect(summary).toMatch(
      /^Loaded test dataset: 1 session, 21 talks, 22 speakers, \d+ tags, 1 siteSettings; 1 unpublished document ignored/,
    )
  })

  test('sorts sessions newest first', async () => {
    const documents = await sampleDocuments()
    const session = documents.find((doc) => doc._type === 'session')!
    // Each session needs a talk of its own: two of the sample session's move to the new ones.
    const talks = session.talks as unknown[]
    documents.push({
      ...session,
      _id: 'session-older',
      slug: { _type: 'slug', current: 'older' },
      dates: ['2022-01-03'],
      talks: [talks.pop()],
    })
    documents.push({
      ...session,
      _id: 'session-newer',
      slug: { _type: 'slug', current: 'newer' },
      dates: ['2024-05-06'],
      talks: [talks.pop()],
    })
    const { content, warnings } = await load(documents)
    expect(content.sessions.map((row) => row.slug)).toEqual([
      'newer',
      session.slug && 'weshare-fevrier-mars-2023',
      'older',
    ])
    expect(warnings).toEqual([])
  })
})

test('refuses to publish a session without talks, as the Studio does', async () => {
  const documents = await sampleDocuments()
  const session = documents.find((doc) => doc._type === 'session')!
  documents.push({ ...session, _id: 'session-empty', slug: { _type: 'slug', current: 'vide' }, talks: [] })
  const error = await failure(documents)
  expect(error.message).toContain(
    'ERREUR Édition "vide" (id session-empty) · talks : l\'édition ne liste aucun talk : ajoutez-lui au moins un talk dans le Studio',
  )
})

describe('loadContent on a broken dataset', () => {
  async function brokenDataset() {
    const documents = await sampleDocuments()
    const talks = documents.filter((doc) => doc._type === 'talk')
    // 1. a talk whose format is unknown
    talks[0]!.format = 'pas-un-format'
    // 2. a talk whose second speaker was deleted
    ;(talks[1]!.speakers as Array<Record<string, unknown>>).push({
      _type: 'reference',
      _ref: 'speaker-gone',
      _key: 'zz',
    })
    // 3. a link that is not http(s)
    talks[2]!.links = { _type: 'talkLinks', slides: 'ftp://example.org/slides.pdf' }
    // 4. two tags with the same slug
    const tags = documents.filter((doc) => doc._type === 'tag')
    tags[1]!.slug = { ...(tags[0]!.slug as object) }
    // 5. a speaker without a name
    delete documents.find((doc) => doc._type === 'speaker')!.name
    return { documents, talks, tags }
  }

  test('reports every problem at once, one line each, with type, id, slug, field path and fix', async () => {
    const { documents, talks, tags } = await brokenDataset()
    const error = await failure(documents)
    const lines = error.message.split('\n')
    expect(lines[0]).toMatch(/^Le contenu de test dataset ne peut pas être publié : 6 erreurs, 0 avertissement\./)
    expect(error.message).toContain(
      `ERREUR Talk "${(talks[0]!.slug as { current: string }).current}" (id ${talks[0]!._id}) · format : "pas-un-format" n'est pas un format connu`,
    )
    expect(error.message).toMatch(
      new RegExp(
        `Talk "[^"]+" \\(id ${talks[1]!._id}\\) · speakers\\[\\d+\\] : pointe vers un document qui n'existe pas .*\\(id speaker-gone\\)`,
      ),
    )
    expect(error.message).toMatch(
      new RegExp(
        `\\(id ${talks[2]!._id}\\) · links\\.slides : "ftp://example\\.org/slides\\.pdf" n'est pas une adresse web valide`,
      ),
    )
    expect(error.message).toContain(`(id ${tags[0]!._id}) · slug : le slug`)
    expect(error.message).toContain(`(id ${tags[1]!._id}) · slug : le slug`)
    expect(error.message).toMatch(
      /ERREUR Intervenant "[a-z-]+" \(id speaker-[a-z-]+\) · name : le nom est vide : saisissez le nom/,
    )
    expect(error.problems.filter((problem) => problem.severity === 'error')).toHaveLength(6)
  })

  test('adds a Studio edit link to each line when the Studio URL is known', async () => {
    const { documents, talks } = await brokenDataset()
    const error = await failure(documents, 'https://weshare.sanity.studio/')
    expect(error.message).toContain(`→ https://weshare.sanity.studio/intent/edit/id=${talks[0]!._id};type=talk`)
  })

  test('fails when a talk is listed by two sessions', async () => {
    const documents = await sampleDocuments()
    const session = documents.find((doc) => doc._type === 'session')!
    const talks = session.talks as Array<{ _ref: string }>
    documents.push({
      ...session,
      _id: 'session-copy',
      slug: { _type: 'slug', current: 'copie' },
      talks: talks.slice(0, 1),
    })
    const error = await failure(documents)
    expect(error.message).toContain(
      `(id ${talks[0]!._ref}) : le talk est listé par plusieurs éditions (session-weshare-fevrier-mars-2023, session-copy)`,
    )
  })

  test('publishes with a warning a talk that no session lists', async () => {
    const documents = await sampleDocuments()
    const talk = documents.find((doc) => doc._type === 'talk')!
    documents.push({ ...talk, _id: 'talk-orphan', slug: { _type: 'slug', current: 'orphelin' } })
    const { content, warnings } = await load(documents)
    expect(content.talks.find((entry) => entry._id === 'talk-orphan')?.session).toBeNull()
    expect(warnings.map((warning) => `${warning.severity} ${warning.subject.id} ${warning.message}`)).toEqual([
      expect.stringMatching(/^warning talk-orphan aucune édition ne liste ce talk/),
    ])
  })

  test('fails when the site settings are missing', async () => {
    const documents = (await sampleDocuments()).filter((doc) => doc._type !== 'siteSettings')
    expect((await failure(documents)).message).toContain('les réglages du site sont absents')
  })
})
