import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, posix, resolve } from 'node:path'
import { create } from 'tar'
import { readDatasetFile } from '../sources/read-dataset-file.ts'
import { sanityAssetsIn } from '../sources/sanity-assets.ts'

export interface ExportArchiveOptions {
  /** The NDJSON dataset; its `_sanityAsset` paths (`image@file://./images/…`) are relative to its folder. */
  ndjsonFile: string
  /** The `.tar.gz` to write. */
  outFile: string
  /** The archive's top folder, as `sanity dataset export` names it after the file (default: outFile without `.tar.gz`). */
  name?: string
}

export interface ExportArchive {
  file: string
  /** Paths of the image files put in the archive, relative to its top folder. */
  images: string[]
}

/**
 * Writes an archive laid out as `sanity dataset export` writes one: `<name>/data.ndjson`,
 * `<name>/images/<file>` for every image file the documents reference, and `<name>/assets.json`
 * when the NDJSON has one beside it. Files are streamed into the archive by `tar`, never read whole,
 * so a benchmark can write an export of any size. Every entry has the same date, so the same
 * input writes the same bytes.
 */
export async function writeExportArchive({ ndjsonFile, outFile, name }: ExportArchiveOptions): Promise<ExportArchive> {
  const folder = dirname(resolve(ndjsonFile))
  const top = name ?? basename(outFile).replace(/\.(tar\.gz|tgz)$/i, '')
  const images = new Set<string>()
  for (const { value } of sanityAssetsIn(await readDatasetFile(ndjsonFile))) {
    const match = /^image@file:\/\/(.+)$/.exec(value)
    if (!match?.[1] || match[1].startsWith('/')) {
      throw new Error(`${ndjsonFile} references ${value}: an export archive holds only image@file://./<path> files.`)
    }
    const path = posix.normalize(decodeURIComponent(match[1]))
    if (!path.startsWith('images/')) {
      throw new Error(`${ndjsonFile} references ${value}: an export keeps its images in images/, beside data.ndjson.`)
    }
    if (!existsSync(join(folder, path))) {
      throw new Error(`${ndjsonFile} references ${value}, but ${join(folder, path)} does not exist.`)
    }
    images.add(path)
  }

  // The archive is packed from links laid out as the export: `follow` stores the files they point to.
  const stage = await mkdtemp(join(tmpdir(), 'weshare-export-'))
  try {
    const root = join(stage, top)
    await mkdir(root, { recursive: true })
    await symlink(resolve(ndjsonFile), join(root, 'data.ndjson'))
    const entries = [posix.join(top, 'data.ndjson')]
    if (existsSync(join(folder, 'assets.json'))) {
      await symlink(join(folder, 'assets.json'), join(root, 'assets.json'))
      entries.push(posix.join(top, 'assets.json'))
    }
    for (const path of [...images].sort()) {
      await mkdir(dirname(join(root, path)), { recursive: true })
      await symlink(join(folder, path), join(root, path))
      entries.push(posix.join(top, path))
    }
    await mkdir(dirname(resolve(outFile)), { recursive: true })
    await create(
      { gzip: true, file: outFile, cwd: stage, follow: true, portable: true, mtime: new Date('2023-03-10T12:00:00Z') },
      entries,
    )
  } finally {
    await rm(stage, { recursive: true, force: true })
  }
  return { file: outFile, images: [...images].sort() }
}
