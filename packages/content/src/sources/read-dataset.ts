import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { dirname, join, relative, resolve, isAbsolute } from 'node:path'
import type { ContentProblem } from '@weshare/schema'
import { ContentError } from '../content-error.ts'
import { ImageCache } from '../images/image-cache.ts'
import { readDatasetFile } from './read-dataset-file.ts'
import { resolveSanityAssets, type ExportedAsset, type ExportFiles, type ImageAssetDocument } from './sanity-assets.ts'

/** The most `assets.json` may hold: metadata of tens of thousands of images, far below what fills memory. */
const ASSETS_JSON_MAX_BYTES = 256 * 1024 * 1024

export interface Dataset {
  /** Every document of the file, each `_sanityAsset` replaced by the `asset` reference it stands for. */
  documents: unknown[]
  /** The `sanity.imageAsset` documents of the images the documents use. */
  assets: ImageAssetDocument[]
  /** Images that cannot be read offline, one problem per field. */
  problems: ContentProblem[]
}

export interface ReadDatasetOptions {
  /** Where the images of an archive are extracted and placeholders kept (default: DEFAULT_IMAGE_CACHE). */
  cacheDir?: string | undefined
}

function parseAssetsJson(text: string, where: string): Map<string, ExportedAsset> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (cause) {
    throw new ContentError(
      `${where} is not valid JSON (${(cause as Error).message}): it is the metadata of the export's images. Export the dataset again with \`sanity dataset export\`.`,
      { cause },
    )
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ContentError(
      `${where} is not a JSON object keyed by asset id, as \`sanity dataset export\` writes it. Export the dataset again.`,
    )
  }
  return new Map(Object.entries(value as Record<string, ExportedAsset>))
}

async function assetsJsonIn(folder: string): Promise<Map<string, ExportedAsset>> {
  const file = join(folder, 'assets.json')
  if (!existsSync(file)) return new Map()
  if ((await stat(file)).size > ASSETS_JSON_MAX_BYTES) {
    throw new ContentError(
      `${file} is larger than ${ASSETS_JSON_MAX_BYTES / 1024 / 1024} MiB: it is not the assets.json of an export.`,
    )
  }
  return parseAssetsJson(await readFile(file, 'utf8'), file)
}

/** The files of an export folder on disk (or of the folder of a plain NDJSON), used in place. */
function folderFiles(folder: string, from: string, assets: Map<string, ExportedAsset>): ExportFiles {
  return {
    from,
    assets,
    locate: (path) => {
      const file = resolve(folder, path)
      const inside = relative(folder, file)
      return inside.startsWith('..') || isAbsolute(inside) ? undefined : { path: file }
    },
  }
}

/**
 * Reads a dataset with its images, in any of the forms it comes in:
 * - an `.ndjson` (or `.ndjson.gz`) file, its `_sanityAsset` paths relative to its folder, which may
 *   hold an `assets.json`;
 * - an unpacked export folder (`data.ndjson`, `images/`, `assets.json`);
 * - the `.tar.gz` archive of `sanity dataset export`, read as one stream: its images are written
 *   to the image cache as they stream past, never held whole in memory.
 */
export async function readDataset(file: string, options: ReadDatasetOptions = {}): Promise<Dataset> {
  const cache = new ImageCache(options.cacheDir)
  const isFolder = await stat(file).then(
    (stats) => stats.isDirectory(),
    () => false,
  )
  if (isFolder) {
    const ndjson = join(file, 'data.ndjson')
    if (!existsSync(ndjson)) {
      throw new ContentError(
        `Dataset folder ${file} holds no data.ndjson. Point SANITY_DATASET_FILE to an unpacked \`sanity dataset export\` (the folder with data.ndjson, images/ and assets.json), to its .tar.gz, or to an .ndjson file.`,
      )
    }
    const documents = await readDatasetFile(ndjson)
    const files = folderFiles(file, `de l'export ${file}`, await assetsJsonIn(file))
    return { documents, ...(await resolveSanityAssets(documents, files, cache)) }
  }

  const extracted = new Map<string, { path: string; sha1: string }>()
  let assetsJson: Map<string, ExportedAsset> | undefined
  let isArchive = false
  const documents = await readDatasetFile(file, {
    onArchiveEntry: (entry, path) => {
      if (path === 'assets.json') {
        return (async () => {
          const chunks: Buffer[] = []
          let bytes = 0
          for await (const chunk of entry as unknown as AsyncIterable<Buffer>) {
            bytes += chunk.length
            if (bytes > ASSETS_JSON_MAX_BYTES) {
              throw new ContentError(
                `The assets.json of ${file} is larger than ${ASSETS_JSON_MAX_BYTES / 1024 / 1024} MiB: it is not the one \`sanity dataset export\` writes. Export the dataset again.`,
              )
            }
            chunks.push(chunk)
          }
          assetsJson = parseAssetsJson(Buffer.concat(chunks).toString('utf8'), `The assets.json of ${file}`)
        })()
      }
      if (!path.startsWith('images/')) return undefined
      return cache
        .store(path, entry.size, entry as unknown as AsyncIterable<Buffer> & { resume(): unknown })
        .then((stored) => {
          extracted.set(path, stored)
        })
    },
    onArchive: () => {
      isArchive = true
    },
  })
  const files: ExportFiles = isArchive
    ? { from: `de l'archive ${file}`, assets: assetsJson ?? new Map(), locate: (path) => extracted.get(path) }
    : folderFiles(dirname(file), `du dossier ${dirname(file)}`, await assetsJsonIn(dirname(file)))
  return { documents, ...(await resolveSanityAssets(documents, files, cache)) }
}
