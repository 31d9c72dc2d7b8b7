import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { EXPORT_IMAGE_NAME } from '../images/image-cache.ts'
import { SAMPLE_DATASET_FILE } from '../source-from-env.ts'
import { sanityAssetsIn, type ExportedAsset } from '../sources/sanity-assets.ts'
import { sampleDocuments, type StoredDocument } from './fixtures.ts'

/**
 * The sample dataset as the Content Lake holds it once imported: each `_sanityAsset` back to an
 * `asset` reference, and a `sanity.imageAsset` document per image with its `https://cdn.sanity.io`
 * address, its dimensions and its LQIP. For the loopback Query API stand-in.
 */
export async function sampleContentLakeDocuments({
  projectId,
  dataset,
}: {
  projectId: string
  dataset: string
}): Promise<StoredDocument[]> {
  const documents = await sampleDocuments()
  const exported = JSON.parse(await readFile(join(dirname(SAMPLE_DATASET_FILE), 'assets.json'), 'utf8')) as Record<
    string,
    ExportedAsset
  >
  const assets = new Map<string, StoredDocument>()
  for (const { holder, value } of sanityAssetsIn(documents)) {
    const name = value.split('/').at(-1) ?? ''
    const parts = EXPORT_IMAGE_NAME.exec(name)
    if (!parts) throw new Error(`The sample's image ${value} is not named <sha1>-<w>x<h>.<ext> as an export names it.`)
    const [, sha1, width, height, extension] = parts as unknown as [string, string, string, string, string]
    const id = `image-${sha1}-${width}x${height}-${extension}`
    delete holder._sanityAsset
    holder.asset = { _type: 'reference', _ref: id }
    const metadata = exported[`image-${sha1}`]
    const path = `images/${projectId}/${dataset}/${name}`
    assets.set(id, {
      ...metadata,
      _id: id,
      _type: 'sanity.imageAsset',
      assetId: sha1,
      extension,
      mimeType: `image/${extension === 'jpg' ? 'jpeg' : extension}`,
      path,
      url: `https://cdn.sanity.io/${path}`,
    })
  }
  return [...documents, ...assets.values()]
}
