import { existsSync } from 'node:fs'
import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ExportArchive } from './export-archive.ts'
import type { ImageCounts } from './image-dataset.ts'
import type { MemoryPeak, PhaseFigures } from './phases.ts'
import type { SiteFiles } from './site-files.ts'

/** The folder of the built site that holds the image files the pages reference. */
export const IMAGES_FOLDER = '_images'

/** The variable naming the file where the site's image integration writes what it did. */
export const IMAGE_REPORT_VARIABLE = 'WESHARE_IMAGE_REPORT'

/** What the site's image integration writes to the file named by WESHARE_IMAGE_REPORT. */
export interface ImageReport {
  sourceImages: number
  filesWritten: number
  filesReused: number
  cardsWritten: number
  cardsReused: number
  bytesWritten: number
  encodeMilliseconds: number
  cardMilliseconds: number
}

const REPORT_KEYS = [
  'sourceImages',
  'filesWritten',
  'filesReused',
  'cardsWritten',
  'cardsReused',
  'bytesWritten',
  'encodeMilliseconds',
  'cardMilliseconds',
] as const satisfies ReadonlyArray<keyof ImageReport>

/**
 * The image report a build left at `file`, or null when it wrote none (a site without the image
 * integration). A report without one of the figures is an error: the two sides disagree.
 */
export async function readImageReport(file: string): Promise<ImageReport | null> {
  if (!existsSync(file)) return null
  let value: unknown
  try {
    value = JSON.parse(await readFile(file, 'utf8'))
  } catch (cause) {
    throw new Error(`The image report ${file} is not JSON: the site's image integration wrote it half or wrongly.`, {
      cause,
    })
  }
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  const missing = REPORT_KEYS.filter((key) => typeof record[key] !== 'number')
  if (missing.length > 0) {
    throw new Error(
      `The image report ${file} has no number for ${missing.join(', ')}: the site's image integration and ` +
        'src/image-figures.ts of the benchmark must agree on the figures (IMAGE_REPORT_VARIABLE).',
    )
  }
  return Object.fromEntries(REPORT_KEYS.map((key) => [key, record[key]])) as unknown as ImageReport
}

/** Files and bytes in the site's `_images/` folder (none when the site wrote no image). */
export async function imageOutput(siteDir: string): Promise<{ files: number; bytes: number }> {
  const folder = join(siteDir, IMAGES_FOLDER)
  if (!existsSync(folder)) return { files: 0, bytes: 0 }
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size))
  return { files: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) }
}

/** The same site built from the same documents without their images, for comparison. */
export interface BuildWithoutImages {
  phases: PhaseFigures[]
  memoryPeak: MemoryPeak | null
  cpuMs: number | null
  site: SiteFiles
  datasetBytes: number
  report: ImageReport | null
}

/** A run with `--images`: what the archive held, what the build did with it, and the same build without images. */
export interface ImageFigures {
  /** One talk in `every` has a figure in its recap. */
  every: number
  counts: ImageCounts
  archive: Omit<ExportArchive, 'file'>
  output: { files: number; bytes: number }
  /** null when the build wrote no image report. */
  report: ImageReport | null
  withoutImages: BuildWithoutImages
}
