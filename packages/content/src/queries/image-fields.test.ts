import { describe, expect, test } from 'vitest'
import { ContentValidationError, loadContent } from '../load-content.ts'
import { DatasetFileSource } from '../sources/dataset-file-source.ts'
import { findDocument, sampleDocuments, type StoredDocument } from '../testing/fixtures.ts'

const ASSET_ID = 'image-0a1b2c3d4e5f60718293a4b5c6d7e8f901234567-640x480-png'
const LQIP = 'data:image/jpeg;base64,/9j/AAAA'

const asset = {
  _id: ASSET_ID,
  _type: 'sanity.imageAsset',
  url: 'https://cdn.sanity.io/images/p1/production/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567-640x480.png',
  originalFilename: 'portrait.png',
  metadata: { dimensions: { width: 640, height: 480, aspectRatio: 4 / 3 }, lqip: LQIP, isOpaque: true, palette: {} },
}

const imageOf = (ref: string | undefined, extra: Record<string, unknown> = {}) => ({
  _type: 'image',
  ...(ref ? { asset: { _type: 'reference', _ref: ref } } : {}),
  alt: 'Une photo de la scène.',
  ...extra,
})

/** The sample without its `_sanityAsset` images, with one asset document: what the Content Lake returns. */
async function documentsWithImages(ref: string | undefined): Promise<StoredDocument[]> {
  const documents = await sampleDocuments()
  findDocument(documents, 'speaker-benoit').avatar = imageOf(ref, {
    hotspot: { x: 0.5, y: 0.4, width: 0.3, height: 0.3 },
  })
  findDocument(documents, 'session-weshare-fevrier-mars-2023').cover = imageOf(ref, {
    crop: { _type: 'sanity.imageCrop', top: 0.1, bottom: 0, left: 0, right: 0.2 },
  })
  const mimir = findDocument(documents, 'talk-mimir') as StoredDocument & { body: Array<Record<string, unknown>> }
  mimir.body = [
    ...mimir.body.filter((block) => block._type !== 'image'),
    { ...imageOf(ref, { caption: 'Une légende.' }), _key: 'img1' },
  ]
  for (const doc of documents) {
    for (const field of ['avatar', 'cover'] as const) {
      if ((doc[field] as { _sanityAsset?: string } | undefined)?._sanityAsset) delete doc[field]
    }
  }
  return [...documents, asset]
}

const load = async (documents: StoredDocument[]) => loadContent(new DatasetFileSource(documents, 'test dataset'))

describe('images in query results', () => {
  test('resolve the file of a cover, an avatar and a recap image through one projection', async () => {
    const { content } = await load(await documentsWithImages(ASSET_ID))
    const resolvedAsset = {
      _id: ASSET_ID,
      url: asset.url,
      originalFilename: 'portrait.png',
      metadata: { dimensions: { width: 640, height: 480 }, lqip: LQIP, isOpaque: true },
    }
    expect(content.sessions[0]?.cover).toEqual({
      _type: 'image',
      alt: 'Une photo de la scène.',
      caption: null,
      crop: { top: 0.1, bottom: 0, left: 0, right: 0.2 },
      hotspot: null,
      asset: resolvedAsset,
    })
    expect(content.speakers.find((speaker) => speaker.slug === 'benoit')?.avatar).toMatchObject({
      hotspot: { x: 0.5, y: 0.4, width: 0.3, height: 0.3 },
      asset: resolvedAsset,
    })
    const body = content.talks.find((talk) => talk.slug === 'mimir')?.body ?? []
    expect(body.at(-1)).toEqual({
      _type: 'image',
      _key: 'img1',
      alt: 'Une photo de la scène.',
      caption: 'Une légende.',
      crop: null,
      hotspot: null,
      asset: resolvedAsset,
    })
  })

  test('are null, or left out of a recap, when no file was uploaded', async () => {
    const { content } = await load(await documentsWithImages(undefined))
    expect(content.sessions[0]?.cover).toBeNull()
    expect(content.speakers.find((speaker) => speaker.slug === 'benoit')?.avatar).toBeNull()
    const body = content.talks.find((talk) => talk.slug === 'mimir')?.body ?? []
    expect(body.some((block) => block._type === 'image')).toBe(false)
  })

  test('fail the load once per image whose asset document is missing, naming document, field and reference', async () => {
    const documents = (await documentsWithImages(ASSET_ID)).filter((doc) => doc._id !== ASSET_ID)
    const error = await load(documents).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ContentValidationError)
    const lines = (error as ContentValidationError).message.split('\n').slice(1)
    const mimirIndex = (findDocument(documents, 'talk-mimir').body as unknown[]).length - 1
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^ERREUR Édition "weshare-fevrier-mars-2023" \\(id session-weshare-fevrier-mars-2023\\) · cover\\.asset : .*asset ${ASSET_ID}`,
          ),
        ),
        expect.stringMatching(new RegExp(`\\(id speaker-benoit\\) · avatar\\.asset : .*asset ${ASSET_ID}`)),
        expect.stringMatching(
          new RegExp(`\\(id talk-mimir\\) · body\\[${mimirIndex}\\]\\.asset : .*asset ${ASSET_ID}`),
        ),
      ]),
    )
    expect(lines).toHaveLength(3)
  })
})
