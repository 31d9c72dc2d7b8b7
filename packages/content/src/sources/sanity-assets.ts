import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename, extname, isAbsolute, posix } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ContentProblem } from '@weshare/schema'
import { formatPath, objectsIn, subjectOf } from '@weshare/schema'
import sharp, { type Metadata } from 'sharp'
import { EXPORT_IMAGE_NAME, type ImageCache } from '../images/image-cache.ts'

/*
 * `sanity dataset export` replaces each image's `asset` reference by
 * `"_sanityAsset": "image@file://./images/<sha1>-<w>x<h>.<ext>"`, ships the files beside
 * `data.ndjson` and their asset documents, without `_id`, `url` and a few more, in `assets.json`.
 * This turns them back into what the Content Lake holds: an `asset` reference in the document and
 * a `sanity.imageAsset` document, so that the same `asset->{…}` GROQ resolves on both sources.
 */

/** One entry of `assets.json`: an asset document without its `_id`, `_type`, `url`, `path`… */
export interface ExportedAsset {
  originalFilename?: string
  metadata?: { dimensions?: { width?: number; height?: number }; lqip?: string; [key: string]: unknown }
  [key: string]: unknown
}

/** The files of an export: in a folder on disk, or extracted from an archive into the image cache. */
export interface ExportFiles {
  /** Where the files are, as a message says a file is missing from it: `de l'archive exports/production.tar.gz`. */
  from: string
  /** The file on disk for a path relative to the export folder, or undefined when the export has none. */
  locate(path: string): { path: string; sha1?: string } | undefined
  /** `assets.json`, keyed `image-<sha1>`; empty when the export has none. */
  assets: ReadonlyMap<string, ExportedAsset>
}

/** A `sanity.imageAsset` document as the Content Lake stores it, with a `file:` URL. */
export interface ImageAssetDocument {
  _id: string
  _type: 'sanity.imageAsset'
  url: string
  originalFilename: string
  extension: string
  mimeType: string
  sha1hash: string
  size: number
  metadata: Record<string, unknown> & {
    dimensions: { width: number; height: number; aspectRatio: number }
    lqip: string
  }
}

export interface ResolvedAssets {
  assets: ImageAssetDocument[]
  problems: ContentProblem[]
}

/** Image files checked at once: each check reads a file's header, not the file. */
const CHECKS_AT_ONCE = 8

const MIME_TYPES: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  heif: 'image/heif',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
}

const REEXPORT = 'exportez à nouveau le dataset avec `sanity dataset export`'

export interface FoundAsset {
  document: unknown
  path: Array<string | number>
  holder: Record<string, unknown>
  value: string
}

/** Every object holding a `_sanityAsset`, with where it is. */
export function sanityAssetsIn(documents: ReadonlyArray<unknown>): FoundAsset[] {
  return documents.flatMap((document) =>
    objectsIn(document, (record) => typeof record._sanityAsset === 'string').map(({ path, record }) => ({
      document,
      path,
      holder: record,
      value: record._sanityAsset as string,
    })),
  )
}

type Located = { file: string; shown: string; sha1?: string | undefined } | { problem: string }

/** Where a `_sanityAsset` value points, or why it cannot be read offline. */
function locate(value: string, files: ExportFiles): Located {
  const match = /^(image|file)@(.*)$/s.exec(value)
  if (!match) {
    return {
      problem: `la référence de fichier ${JSON.stringify(value)} n'a pas la forme image@file://./images/<fichier> qu'écrit \`sanity dataset export\` : ${REEXPORT}.`,
    }
  }
  const [, kind, url] = match as unknown as [string, string, string]
  if (kind === 'file') {
    return {
      problem: `le champ attend une image mais renvoie à un fichier qui n'en est pas une (${value}) : choisissez une image dans le Studio, puis ${REEXPORT}.`,
    }
  }
  if (/^https?:\/\//i.test(url)) {
    return {
      problem: `l'image est une adresse distante (${url}), que la construction hors ligne ne télécharge pas : importez le dataset dans Sanity (\`sanity dataset import\`) puis ${REEXPORT}, ou placez le fichier dans images/ et écrivez image@file://./images/<fichier>.`,
    }
  }
  if (!url.startsWith('file://')) {
    return {
      problem: `la référence d'image ${JSON.stringify(value)} n'est ni un fichier (image@file://…) ni une adresse : ${REEXPORT}.`,
    }
  }
  const path = decodeURIComponent(url.slice('file://'.length))
  if (isAbsolute(path)) return { file: path, shown: path }
  const normalised = posix.normalize(path)
  if (normalised === '..' || normalised.startsWith('../')) {
    return { problem: `le chemin d'image ${path} sort du dossier de l'export : ${REEXPORT}.` }
  }
  const located = files.locate(normalised)
  if (!located) {
    return {
      problem: `le fichier d'image ${normalised} est absent ${files.from} : ${REEXPORT}, ou remettez le fichier dans son dossier images/.`,
    }
  }
  return { file: located.path, shown: normalised, sha1: located.sha1 }
}

async function sha1Of(file: string): Promise<string> {
  const hash = createHash('sha1')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Checks one image file and builds its asset document, or says what is wrong with it. */
async function assetOf(
  file: string,
  shown: string,
  knownSha1: string | undefined,
  files: ExportFiles,
  cache: ImageCache,
): Promise<ImageAssetDocument | string> {
  let size: number
  try {
    const handle = await open(file, 'r')
    try {
      const stats = await handle.stat()
      if (!stats.isFile()) return `l'image ${shown} n'est pas un fichier mais un dossier : ${REEXPORT}.`
      size = stats.size
    } finally {
      await handle.close()
    }
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      return `le fichier d'image ${shown} est absent ${files.from} : ${REEXPORT}, ou remettez le fichier dans son dossier images/.`
    }
    return `le fichier d'image ${shown} ne peut pas être lu (${code ?? (cause as Error).message}) : vérifiez ses droits de lecture, ou ${REEXPORT}.`
  }
  let metadata: Metadata
  try {
    metadata = await sharp(file).metadata()
  } catch (cause) {
    return `le fichier ${shown} n'est pas une image lisible (${(cause as Error).message}) : il est sans doute abîmé ; ${REEXPORT}, ou remplacez l'image dans le Studio.`
  }
  const { width, height, format } = metadata
  if (!width || !height) {
    return `le fichier ${shown} n'a pas de dimensions lisibles (format ${format}) : ${REEXPORT}, ou remplacez l'image dans le Studio.`
  }
  // The name the dataset gives the file (the cache may keep a copy under another).
  const named = EXPORT_IMAGE_NAME.exec(basename(shown))
  if (named) {
    const [declaredWidth, declaredHeight] = [Number(named[2]), Number(named[3])]
    const oriented = metadata.autoOrient
    const agrees = (w: number, h: number) => w === declaredWidth && h === declaredHeight
    if (!agrees(width, height) && !(oriented && agrees(oriented.width, oriented.height))) {
      return `le fichier ${shown} mesure ${width}×${height} pixels alors que son nom annonce ${declaredWidth}×${declaredHeight} : il a été remplacé après l'export ; ${REEXPORT}.`
    }
  }
  const sha1 = knownSha1 ?? named?.[1]?.toLowerCase() ?? (await sha1Of(file))
  const extension = (extname(file).slice(1) || (format === 'jpeg' ? 'jpg' : format)).toLowerCase()
  const exported = files.assets.get(`image-${sha1}`)
  const lqip = exported?.metadata?.lqip ?? (await cache.lqip(sha1, file))
  // As Sanity measures it: true when no pixel is transparent. A file without an alpha channel
  // needs no decoding to say so.
  const exportedOpaque = exported?.metadata?.isOpaque
  const isOpaque =
    typeof exportedOpaque === 'boolean' ? exportedOpaque : !metadata.hasAlpha || (await sharp(file).stats()).isOpaque
  return {
    _id: `image-${sha1}-${width}x${height}-${extension}`,
    _type: 'sanity.imageAsset',
    url: pathToFileURL(file).href,
    originalFilename: exported?.originalFilename ?? basename(shown),
    extension,
    mimeType: MIME_TYPES[format] ?? `image/${format}`,
    sha1hash: sha1,
    size,
    metadata: {
      ...exported?.metadata,
      dimensions: { width, height, aspectRatio: width / height },
      lqip,
      isOpaque,
    },
  }
}

/** Runs `work` over `items`, `limit` at a time. */
async function eachLimited<T>(items: ReadonlyArray<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/**
 * Replaces every `_sanityAsset` of `documents` (in place) by the `asset` reference it stood for,
 * and returns the asset documents of the files it names. A reference that cannot be read offline
 * (a missing, unreadable or damaged file, a remote address, a file that is no image) is a problem
 * naming the document, the field and the file; its field is left without a file.
 */
export async function resolveSanityAssets(
  documents: ReadonlyArray<unknown>,
  files: ExportFiles,
  cache: ImageCache,
): Promise<ResolvedAssets> {
  const found = sanityAssetsIn(documents)
  const located = found.map((reference) => locate(reference.value, files))
  const byFile = new Map<string, ImageAssetDocument | string>()
  const toCheck = [...new Map(located.flatMap((at) => ('file' in at ? [[at.file, at] as const] : []))).values()]
  await eachLimited(toCheck, CHECKS_AT_ONCE, async (at) => {
    byFile.set(at.file, await assetOf(at.file, at.shown, at.sha1, files, cache))
  })

  const problems: ContentProblem[] = []
  const assets = new Map<string, ImageAssetDocument>()
  for (const [index, reference] of found.entries()) {
    const at = located[index] as Located
    const asset = 'file' in at ? byFile.get(at.file) : at.problem
    delete reference.holder._sanityAsset
    if (typeof asset === 'object' && asset !== undefined) {
      reference.holder.asset = { _type: 'reference', _ref: asset._id }
      assets.set(asset._id, asset)
      continue
    }
    problems.push({
      severity: 'error',
      subject: subjectOf(reference.document),
      path: formatPath(reference.path),
      message: asset ?? `l'image ${reference.value} n'a pas pu être lue : ${REEXPORT}.`,
    })
  }
  return { assets: [...assets.values()], problems }
}
