import { cp, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { SAMPLE_DATASET_FILE } from '@weshare/content'

/*
 * The images of a dataset file in the layout of `sanity dataset export`: each image field holds
 * `_sanityAsset: "image@file://./images/<sha1>-<w>x<h>.<ext>"`, and assets.json beside it holds each
 * asset's metadata, keyed `image-<sha1>`.
 */

type Json = Record<string, unknown>

/** One image field of a document, as a build report names it. */
export interface ImageField {
  documentId: string
  /** The field holding the image (`avatar`, `cover`). */
  path: string
  /** The image file, relative to the dataset's folder (`images/<sha1>-<w>x<h>.png`). */
  file: string
  /** `<sha1>-<w>x<h>`, as the file and the CDN URL name the asset. */
  assetName: string
}

const SANITY_ASSET = /^image@file:\/\/\.\/(images\/(([0-9a-f]+)-(\d+)x(\d+))\.([a-z0-9]+))$/

async function readDocuments(file: string): Promise<Json[]> {
  const text = await readFile(file, 'utf8')
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Json)
}

function parseAsset(value: unknown) {
  const match = typeof value === 'string' ? SANITY_ASSET.exec(value) : null
  if (!match) return null
  const [, file, assetName, sha1, width, height, extension] = match
  return { file: file!, assetName: assetName!, sha1: sha1!, width: width!, height: height!, extension: extension! }
}

/** The image fields at the top of the dataset's documents (avatars, covers), in file order. */
export async function sampleImageFields(datasetFile: string): Promise<ImageField[]> {
  const fields: ImageField[] = []
  for (const document of await readDocuments(datasetFile)) {
    for (const [path, value] of Object.entries(document)) {
      const asset = parseAsset((value as Json | null)?._sanityAsset)
      if (asset) fields.push({ documentId: String(document._id), path, file: asset.file, assetName: asset.assetName })
    }
  }
  if (fields.length === 0) {
    throw new Error(`${datasetFile} has no image field with a _sanityAsset: the image tests need the sample's images.`)
  }
  return fields
}

/**
 * Copies the sample's images and assets.json into `folder`, for a test that writes a variant of the
 * sample's NDJSON there: its `_sanityAsset` paths resolve beside the file, as in an export.
 */
export async function copySampleImages(folder: string): Promise<void> {
  const sample = dirname(SAMPLE_DATASET_FILE)
  await cp(join(sample, 'images'), join(folder, 'images'), { recursive: true })
  await cp(join(sample, 'assets.json'), join(folder, 'assets.json'))
}
