import { createHash, randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, extname, join, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { lqipOf } from './lqip.ts'

/** Where image files extracted from export archives are kept, under the folder a build runs in. */
export const DEFAULT_IMAGE_CACHE = join('node_modules', '.cache', 'weshare', 'dataset-images')

/** `<sha1>-<width>x<height>.<ext>`: how `sanity dataset export` names an image file, by its content. */
export const EXPORT_IMAGE_NAME = /^([0-9a-f]{40})-(\d+)x(\d+)\.([a-z0-9]+)$/i

/** A file of the cache: where it is and the SHA-1 of its bytes. */
export interface CachedFile {
  path: string
  sha1: string
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size
  } catch {
    return undefined
  }
}

async function* hashing(chunks: AsyncIterable<Buffer>, hash: ReturnType<typeof createHash>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    hash.update(chunk)
    yield chunk
  }
}

/**
 * A folder of files named by their content: the images of export archives, streamed to disk as the
 * archive is read (never held whole in memory), and the placeholders generated for images that
 * `assets.json` gives none. Reading the same archive again writes nothing.
 */
export class ImageCache {
  readonly dir: string
  /** Files this cache wrote since it was created: images and placeholders. */
  filesWritten = 0

  constructor(dir: string = resolve(DEFAULT_IMAGE_CACHE)) {
    this.dir = dir
  }

  /**
   * Stores a file streamed out of an archive under its content's name. An export file is named by
   * the SHA-1 of its bytes: when the cache holds that name at the same size, the stream is skipped
   * unread; otherwise it is hashed while it is written, and kept under the hash it really has.
   */
  async store(name: string, size: number, stream: AsyncIterable<Buffer> & { resume(): unknown }): Promise<CachedFile> {
    const exportName = EXPORT_IMAGE_NAME.exec(basename(name))
    if (exportName) {
      const known = join(this.dir, basename(name).toLowerCase())
      if ((await sizeOf(known)) === size) {
        stream.resume()
        return { path: known, sha1: exportName[1]!.toLowerCase() }
      }
    }
    await mkdir(this.dir, { recursive: true })
    const temporary = join(this.dir, `.${randomUUID()}.part`)
    const hash = createHash('sha1')
    try {
      await pipeline(hashing(stream, hash), createWriteStream(temporary))
    } catch (cause) {
      await rm(temporary, { force: true })
      throw cause
    }
    const sha1 = hash.digest('hex')
    const extension = extname(name).toLowerCase()
    const final =
      exportName && exportName[1]!.toLowerCase() === sha1
        ? join(this.dir, basename(name).toLowerCase())
        : join(this.dir, `${sha1}${extension}`)
    await rename(temporary, final)
    this.filesWritten += 1
    return { path: final, sha1 }
  }

  /** The placeholder of an image file, computed once per content (`sha1`) and kept beside the images. */
  async lqip(sha1: string, file: string): Promise<string> {
    const kept = join(this.dir, 'lqip', `${sha1}.txt`)
    try {
      return await readFile(kept, 'utf8')
    } catch {
      const lqip = await lqipOf(file)
      await mkdir(join(this.dir, 'lqip'), { recursive: true })
      // Written beside, then renamed: a build stopped halfway leaves no truncated placeholder.
      const temporary = `${kept}.${randomUUID()}.part`
      await writeFile(temporary, lqip)
      await rename(temporary, kept)
      this.filesWritten += 1
      return lqip
    }
  }
}
