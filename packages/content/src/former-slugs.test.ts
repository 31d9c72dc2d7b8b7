import { describe, expect, test } from 'vitest'
import { formerSlugsOf } from './former-slugs.ts'
import { ContentValidationError, loadContent } from './load-content.ts'
import { DatasetFileSource } from './sources/dataset-file-source.ts'
import { sampleDocuments, type StoredDocument } from './testing/fixtures.ts'

type Talk = StoredDocument & { slug: { current: string }; previousSlugs?: string[] }

async function sampleWithTwoTalks(): Promise<{ documents: StoredDocument[]; first: Talk; second: Talk }> {
  const documents = await sampleDocuments()
  const [first, second] = documents.filter((doc) => doc._type === 'talk') as Talk[]
  return { documents, first: first!, second: second! }
}

async function report(documents: StoredDocument[]): Promise<string> {
  try {
    await loadContent(new DatasetFileSource(documents, 'test dataset'))
  } catch (error) {
    if (error instanceof ContentValidationError) return error.message
    throw error
  }
  throw new Error('the dataset loaded although two pages claim one address')
}

describe('former slugs', () => {
  test('are each published once, and never as the current slug', () => {
    expect(
      formerSlugsOf({ slug: { current: 'kafka' }, previousSlugs: ['kafka-v1', 'kafka', 'kafka-v1', 'kafka-v2'] }),
    ).toEqual(['kafka-v1', 'kafka-v2'])
    expect(formerSlugsOf({ slug: { current: 'kafka' } })).toEqual([])
  })

  test('reach the talks collection as the editors left them', async () => {
    const { documents, first } = await sampleWithTwoTalks()
    first.previousSlugs = ['ancien-titre', first.slug.current]
    const { content } = await loadContent(new DatasetFileSource(documents, 'test dataset'))
    expect(content.talks.find((talk) => talk._id === first._id)?.previousSlugs).toEqual([
      'ancien-titre',
      first.slug.current,
    ])
  })

  test("fail the load when one is another talk's current slug, naming both talks", async () => {
    const { documents, first, second } = await sampleWithTwoTalks()
    first.previousSlugs = [second.slug.current]
    const text = await report(documents)
    expect(text).toMatch(/1 erreur/)
    const line = text.split('\n').find((row) => row.includes('previousSlugs[0]'))
    expect(line).toContain(`id ${first._id}`)
    expect(line).toContain(`id ${second._id}`)
    expect(line).toContain(`"${second.slug.current}"`)
  })

  test('fail the load when two talks keep the same one, each line naming both talks', async () => {
    const { documents, first, second } = await sampleWithTwoTalks()
    first.previousSlugs = ['titre-partage']
    second.previousSlugs = ['autre-titre', 'titre-partage']
    const lines = (await report(documents)).split('\n').filter((row) => row.includes('titre-partage'))
    expect(lines).toHaveLength(2)
    for (const line of lines) {
      expect(line).toContain(`id ${first._id}`)
      expect(line).toContain(`id ${second._id}`)
    }
    expect(lines.some((line) => line.includes('previousSlugs[1]'))).toBe(true)
  })

  test('may repeat across types, whose pages live under different sections', async () => {
    const oneEach = await sampleDocuments()
    ;(oneEach.find((doc) => doc._type === 'talk') as Talk).previousSlugs = ['meme-ancien-slug']
    ;(oneEach.find((doc) => doc._type === 'speaker') as Talk).previousSlugs = ['meme-ancien-slug']
    await expect(loadContent(new DatasetFileSource(oneEach, 'test dataset'))).resolves.toBeDefined()
  })
})
