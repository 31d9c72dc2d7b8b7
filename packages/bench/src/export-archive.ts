import { createHash } from 'node:crypto'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeExportArchive } from '@weshare/content/testing'
import type { SyntheticImage } from './synthetic-images.ts'

/*
 * Writes an archive in the layout `sanity dataset export` gives (@sanity/export, export.ts and
 * AssetHandler.ts): `<name>/data.ndjson`, `<name>/assets.json`, `<name>/images/<sha1>-<w>x<h>.<ext>`,
 * gzipped. Images are written to a staging folder laid out as an unpacked export as they are made;
 * the content layer's archive writer then packs that folder as a stream, so an archive of any size
 * is never held in memory.
 */

/** An asset's entry in `assets.json`: the asset document without the keys the export leaves out. */
export interface ExportedAsset {
  originalFilename: string
  sha1hash: string
  size: number
  metadata: {
    _type: 'sanity.imageMetadata'
    dimensions: { _type: 'sanity.imageDimensions'; width: number; height: number; aspectRatio: number }
    lqip: string
    hasAlpha: boolean
    isOpaque: boolean
  }
}

export interface ExportArchive {
  file: string
  /** Size of the `.tar.gz` on disk. */
  bytes: number
  /** Bytes of `data.ndjson`. */
  ndjsonBytes: number
  images: number
  imageBytes: number
}

export class ExportArchiveWriter {
  readonly name: string
  private readonly staging: string
  private readonly assets: Record<string, ExportedAsset> = {}
  private imageBytes = 0

  private constructor(staging: string, name: string) {
    this.staging = staging
    this.name = name
  }

  /** Prepares an archive named `name` (the folder inside it), staged in `workDir`. */
  static async create(workDir: string, name: string): Promise<ExportArchiveWriter> {
    const staging = join(workDir, `${name}.staging`)
    await rm(staging, { recursive: true, force: true })
    await mkdir(join(staging, 'images'), { recursive: true })
    return new ExportArchiveWriter(staging, name)
  }

  /** Bytes of the image files added so far. */
  get stagedImageBytes(): number {
    return this.imageBytes
  }

  /** Adds an image file and its metadata; returns the `_sanityAsset` value that points to it. */
  async addImage(image: SyntheticImage, originalFilename: string): Promise<string> {
    const sha1 = createHash('sha1').update(image.bytes).digest('hex')
    const fileName = `${sha1}-${image.width}x${image.height}.${image.extension}`
    const id = `image-${sha1}`
    if (!this.assets[id]) {
      await writeFile(join(this.staging, 'images', fileName), image.bytes)
      this.imageBytes += image.bytes.length
      this.assets[id] = {
        originalFilename,
        sha1hash: sha1,
        size: image.bytes.length,
        metadata: {
          _type: 'sanity.imageMetadata',
          dimensions: {
            _type: 'sanity.imageDimensions',
            width: image.width,
            height: image.height,
            aspectRatio: image.width / image.height,
          },
          lqip: image.lqip,
          hasAlpha: image.hasAlpha,
          isOpaque: true,
        },
      }
    }
    return `image@file://./images/${fileName}`
  }

  /** Writes `data.ndjson` and `assets.json`, packs everything into `file` and removes the staging folder. */
  async finish(file: string, ndjson: string): Promise<ExportArchive> {
    try {
      await writeFile(join(this.staging, 'data.ndjson'), ndjson)
      await writeFile(join(this.staging, 'assets.json'), JSON.stringify(this.assets))
      await writeExportArchive({ ndjsonFile: join(this.staging, 'data.ndjson'), outFile: file, name: this.name })
    } finally {
      await rm(this.staging, { recursive: true, force: true })
    }
    return {
      file,
      bytes: (await stat(file)).size,
      ndjsonBytes: Buffer.byteLength(ndjson),
      images: Object.keys(this.assets).length,
      imageBytes: this.imageBytes,
    }
  }
}
