import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

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
 * The dataset as the Content Lake holds it: each `_sanityAsset` becomes a reference to a
 * `sanity.imageAsset` document served by the CDN, with the metadata of assets.json. The first
 * image at the top of a document is cropped, as an editor would in the Studio, to check the URL.
 */
export async function lakeDocuments(
  datasetFile: string,
  project: { projectId: string; dataset: string },
): Promise<{ documents: Json[]; crop: ImageField }> {
  const metadata = JSON.parse(await readFile(join(dirname(datasetFile), 'assets.json'), 'utf8')) as Record<string, Json>
  const assets = new Map<string, Json>()
  const convert = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(convert)
    if (!value || typeof value !== 'object') return value
    const { _sanityAsset, ...rest } = value as Json
    const asset = parseAsset(_sanityAsset)
    const converted = Object.fromEntries(Object.entries(rest).map(([key, inner]) => [key, convert(inner)]))
    if (!asset) return converted
    const id = `image-${asset.assetName}-${asset.extension}`
    assets.set(id, {
      ...metadata[`image-${asset.sha1}`],
      _id: id,
      _type: 'sanity.imageAsset',
      assetId: asset.sha1,
      extension: asset.extension,
      mimeType: `image/${asset.extension === 'jpg' ? 'jpeg' : asset.extension}`,
      path: `images/${project.projectId}/${project.dataset}/${asset.assetName}.${asset.extension}`,
      url: `https://cdn.sanity.io/images/${project.projectId}/${project.dataset}/${asset.assetName}.${asset.extension}`,
    })
    return { ...converted, asset: { _type: 'reference', _ref: id } }
  }
  const documents = (await readDocuments(datasetFile)).map((document) => convert(document) as Json)
  const [crop] = await sampleImageFields(datasetFile)
  const cropped = documents.find((document) => document._id === crop!.documentId)!
  cropped[crop!.path] = {
    ...(cropped[crop!.path] as Json),
    crop: { _type: 'sanity.imageCrop', top: 0.1, bottom: 0.05, left: 0.2, right: 0 },
    hotspot: { _type: 'sanity.imageHotspot', x: 0.6, y: 0.45, width: 0.5, height: 0.5 },
  }
  return { documents: [...documents, ...assets.values()], crop: crop! }
}
