import { join } from 'node:path'
import { DEFAULT_SEED, generateDataset, toNdjson, type GeneratedDataset } from './generate-dataset.ts'
import { ExportArchiveWriter, type ExportArchive } from './export-archive.ts'
import { addFiguresUntil, addImages, type ImageCounts } from './image-dataset.ts'
import { createImageMaker } from './synthetic-images.ts'

/** The folder name inside the archive, as `sanity dataset export` names it after the dataset. */
export const EXPORT_NAME = 'weshare-export'

export interface ImageExport {
  archive: ExportArchive
  images: ImageCounts
  /** The dataset's documents, image fields included (`_sanityAsset`). */
  dataset: GeneratedDataset
}

/**
 * Generates a dataset of `talks` talks with images (see {@link addImages}: one figure every
 * `every` talks, an avatar per speaker, a cover per session) and writes it to `file` as an export
 * archive. `withoutImages`, when given, first receives the same documents before any image was
 * added, to build the same site without images.
 */
export async function writeImageExport(
  file: string,
  options: { talks: number; every: number; seed?: number; withoutImages?: (ndjson: string) => Promise<void> },
): Promise<ImageExport> {
  const seed = options.seed ?? DEFAULT_SEED
  const dataset = generateDataset({ talks: options.talks, seed })
  await options.withoutImages?.(toNdjson(dataset.documents))
  const writer = await ExportArchiveWriter.create(join(file, '..'), EXPORT_NAME)
  const images = await addImages(dataset.documents, {
    every: options.every,
    maker: createImageMaker(seed),
    writer,
    seed,
  })
  const archive = await writer.finish(file, toNdjson(dataset.documents))
  return { archive, images, dataset }
}

/**
 * An export archive of about `bytes`, nearly all of it image files, for `talks` talks: an avatar
 * per speaker, a cover per session, then figures spread over the talks until the images weigh
 * `bytes`. Photos carry more grain than in {@link writeImageExport}, so that fewer files make
 * the size; JPEG does not compress further, so the archive weighs about as much as its images.
 */
export async function writeExportOfSize(
  file: string,
  { bytes, talks, seed = DEFAULT_SEED }: { bytes: number; talks: number; seed?: number },
): Promise<ImageExport> {
  const dataset = generateDataset({ talks, seed })
  const writer = await ExportArchiveWriter.create(join(file, '..'), EXPORT_NAME)
  const maker = createImageMaker(seed, { grain: 60 })
  const started = performance.now()
  const counts = await addImages(dataset.documents, { every: null, maker, writer, seed })
  const more = await addFiguresUntil(dataset.documents, { bytes, maker, writer, seed: seed + 1 })
  const images = { ...counts, figures: counts.figures + more, generateMs: performance.now() - started }
  const archive = await writer.finish(file, toNdjson(dataset.documents))
  return { archive, images, dataset }
}
