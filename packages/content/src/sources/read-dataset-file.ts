import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { once } from 'node:events'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { LIMITS } from '@weshare/schema'
import { Parser, type ReadEntry } from 'tar'
import { ContentError } from '../content-error.ts'
import { DatasetLines, formatLineProblems } from './dataset-lines.ts'
import { LineSplitter } from './line-splitter.ts'

const GIB = 1024 * 1024 * 1024
const size = (bytes: number) =>
  bytes >= GIB ? `${(bytes / GIB).toFixed(1)} GiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`
/** Below this much output, the compression ratio is not checked: small files compress unevenly. */
const RATIO_CHECKED_FROM = 16 * 1024 * 1024

const REEXPORT =
  'Export it again with `sanity dataset export <dataset> <file>.tar.gz`, or point SANITY_DATASET_FILE to an .ndjson file.'

function cannotRead(file: string, cause: unknown): ContentError {
  return new ContentError(
    `Cannot read the dataset file ${file} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}). ` +
      'Check SANITY_DATASET_FILE: it must name an .ndjson file, a gzipped .ndjson.gz or a .tar.gz from `sanity dataset export`, ' +
      'relative to the folder the build runs in or absolute.',
    { cause },
  )
}

/** The first bytes of a file, to tell gzip, UTF-16 and plain NDJSON apart. */
async function firstBytes(file: string, count: number): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(count), 0, count, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * The decompressed bytes of a gzip file, stopped as soon as they pass the limits: a small file that
 * inflates far more than data does (a "gzip bomb") fails after a few MiB, not after filling memory.
 */
async function* gunzipped(file: string, maxBytes: number): AsyncGenerator<Buffer> {
  const input = createReadStream(file)
  let compressed = 0
  input.on('data', (chunk) => (compressed += chunk.length))
  const gunzip = input.pipe(createGunzip())
  input.once('error', (error) => gunzip.destroy(error))
  let inflated = 0
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      inflated += chunk.length
      if (inflated > maxBytes) {
        throw new ContentError(
          `Dataset file ${file} inflates past ${size(maxBytes)}, the most a dataset may take once decompressed. ` +
            'Stopped reading it. If the dataset really is that large, split it; otherwise the file is not a dataset export.',
        )
      }
      if (inflated > RATIO_CHECKED_FROM && inflated > compressed * LIMITS.compressionRatio) {
        throw new ContentError(
          `Dataset file ${file} inflates more than ${LIMITS.compressionRatio} times its compressed size (${size(inflated)} out of ${size(compressed)} so far): ` +
            `data exports compress about 10 to 1, so this is not one. Stopped reading it. ${REEXPORT}`,
        )
      }
      yield chunk
    }
  } catch (cause) {
    if (cause instanceof ContentError) throw cause
    throw new ContentError(
      `Dataset file ${file} starts like a gzip file but cannot be decompressed (${(cause as Error).message}). ${REEXPORT}`,
      {
        cause,
      },
    )
  } finally {
    input.destroy()
    gunzip.destroy()
  }
}

/** Feeds a byte stream to the splitter, counting bytes against the NDJSON limit. */
async function readLines(chunks: AsyncIterable<Buffer>, splitter: LineSplitter, file: string): Promise<void> {
  let bytes = 0
  for await (const chunk of chunks) {
    bytes += chunk.length
    if (bytes > LIMITS.decompressedBytes) {
      throw new ContentError(
        `Dataset file ${file} holds more than ${size(LIMITS.decompressedBytes)} of NDJSON, the most a build reads. Stopped reading it.`,
      )
    }
    splitter.push(chunk)
  }
  splitter.end()
}

/** Whether a block is a tar header: "ustar" at offset 257 (POSIX and GNU tar, which `sanity dataset export` writes). */
const isTarHeader = (block: Buffer) => block.length >= 262 && block.subarray(257, 262).toString('latin1') === 'ustar'

/**
 * Takes a file of an export archive other than `data.ndjson` (an image, `assets.json`): returns
 * the promise of its consumption, or undefined to skip it. `path` is relative to the export
 * folder (`images/<sha1>-<w>x<h>.png`), whether or not the archive has a top folder.
 */
export type ArchiveEntryHandler = (entry: ReadEntry, path: string) => Promise<void> | undefined

export interface ReadDatasetOptions {
  /** Called for every other file of an export archive; without it, they are skipped unread. */
  onArchiveEntry?: ArchiveEntryHandler | undefined
  /** Called once when the file turns out to be an export archive rather than NDJSON. */
  onArchive?: (() => void) | undefined
}

/** The path of an archive entry inside the export folder: without the archive's top folder, if any. */
function pathInExport(path: string): string {
  const parts = path.split('/')
  return parts.length > 1 && !['images', 'files'].includes(parts[0] ?? '') ? parts.slice(1).join('/') : path
}

/** Reads `data.ndjson` out of the tar stream of a `sanity dataset export` archive. */
async function readArchive(
  chunks: AsyncIterable<Buffer>,
  splitter: LineSplitter,
  file: string,
  onArchiveEntry: ArchiveEntryHandler | undefined,
): Promise<void> {
  const seen: string[] = []
  let found = false
  let failure: unknown
  const entries: Array<Promise<void>> = []
  const parser = new Parser({
    onReadEntry: (entry: ReadEntry) => {
      if (entry.type !== 'File' && entry.type !== 'OldFile') return entry.resume()
      seen.push(entry.path)
      if (found || !(entry.path === 'data.ndjson' || entry.path.endsWith('/data.ndjson'))) {
        const consumed = onArchiveEntry?.(entry, pathInExport(entry.path))
        if (!consumed) return entry.resume()
        entries.push(
          consumed.catch((error: unknown) => {
            failure ??= error
            entry.resume()
          }),
        )
        return
      }
      found = true
      entries.push(
        readLines(entry as unknown as AsyncIterable<Buffer>, splitter, file).catch((error: unknown) => {
          failure ??= error
          entry.resume()
        }),
      )
    },
  })
  const ended = once(parser, 'end')
  for await (const chunk of chunks) {
    if (failure) break
    if (!parser.write(chunk)) await once(parser, 'drain')
  }
  if (!failure) {
    parser.end()
    await ended
  }
  await Promise.all(entries)
  if (failure) throw failure
  if (!found) {
    throw new ContentError(
      `Dataset archive ${file} holds no data.ndjson (found: ${seen.slice(0, 5).join(', ') || 'no files'}). ` +
        'Use the archive written by `sanity dataset export`, or point SANITY_DATASET_FILE to an .ndjson file.',
    )
  }
}

/** The chunks of `source`, the first ones (already read to look at them) included. */
async function* withHead(head: Buffer[], rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield* head
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value
}

/**
 * Reads every document of a dataset file: NDJSON, gzipped NDJSON (`.ndjson.gz`), or the `.tar.gz`
 * that `sanity dataset export` writes. The file is streamed line by line, so its size is bounded by
 * LIMITS rather than by the longest string V8 can hold. Every unusable line is reported at once,
 * with its number, in one ContentError.
 */
export async function readDatasetFile(file: string, options: ReadDatasetOptions = {}): Promise<unknown[]> {
  let bytes: number
  let head: Buffer
  try {
    bytes = (await stat(file)).size
    head = await firstBytes(file, 4)
  } catch (cause) {
    throw cannotRead(file, cause)
  }
  if (bytes > LIMITS.fileBytes) {
    throw new ContentError(
      `Dataset file ${file} is ${size(bytes)}, above the ${size(LIMITS.fileBytes)} a build reads. Check SANITY_DATASET_FILE: a dataset export is rarely that large.`,
    )
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new ContentError(
      `Dataset file ${file} starts with a UTF-16 byte order mark: it was saved as UTF-16 by an editor. Save it as UTF-8 (NDJSON is UTF-8), or export it again with \`sanity dataset export\`.`,
    )
  }

  const lines = new DatasetLines()
  const splitter = new LineSplitter(LIMITS.documentBytes, (line) => lines.add(line))
  const isGzip = head[0] === 0x1f && head[1] === 0x8b
  if (!isGzip && /\.(tar\.gz|tgz|gz)$/i.test(file)) {
    throw new ContentError(
      `Dataset file ${file} is named like a gzip file but is not one (it does not start with the gzip signature). ${REEXPORT}`,
    )
  }
  if (!isGzip) {
    await readLines(createReadStream(file) as Readable & AsyncIterable<Buffer>, splitter, file)
  } else {
    const stream = gunzipped(file, LIMITS.archiveDecompressedBytes)
    // Look at the first block to tell a tar archive from gzipped NDJSON, whatever the file is named.
    const first: Buffer[] = []
    let seen = 0
    while (seen < 512) {
      const next = await stream.next()
      if (next.done) break
      first.push(next.value)
      seen += next.value.length
    }
    const chunks = withHead(first, stream)
    if (isTarHeader(Buffer.concat(first).subarray(0, 512))) {
      options.onArchive?.()
      await readArchive(chunks, splitter, file, options.onArchiveEntry)
    } else await readLines(chunks, splitter, file)
  }
  const problems = lines.finish()
  if (problems.length > 0) throw new ContentError(formatLineProblems(file, problems))
  return lines.documents
}
