import { readFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import { ContentError } from '../content-error.ts'

const TAR_BLOCK = 512

function tarString(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8')
}

/** Reads `path=` from a PAX extended header, which carries names longer than 100 bytes. */
function paxPath(data: Buffer): string | undefined {
  for (const record of data.toString('utf8').split('\n')) {
    const match = /^\d+ path=(.*)$/.exec(record)
    if (match) return match[1]
  }
  return undefined
}

/**
 * Finds `data.ndjson` in the gzipped tarball that `sanity dataset export` writes
 * (`<name>/data.ndjson` beside `assets.json` and the asset files).
 */
function ndjsonFromExportArchive(archive: Buffer, file: string): string {
  let tar: Buffer
  try {
    tar = gunzipSync(archive)
  } catch (cause) {
    throw new ContentError(
      `Dataset file ${file} ends in .tar.gz but is not a gzip archive (${(cause as Error).message}). ` +
        'Export it again with `sanity dataset export <dataset> <file>.tar.gz`, or point SANITY_DATASET_FILE to an .ndjson file.',
      { cause },
    )
  }
  let offset = 0
  let longName: string | undefined
  const seen: string[] = []
  while (offset + TAR_BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + TAR_BLOCK)
    if (header.every((byte) => byte === 0)) break
    const size = Number.parseInt(tarString(header, 124, 12).trim() || '0', 8)
    const type = String.fromCharCode(header[156] ?? 0)
    const prefix = tarString(header, 345, 155)
    const name = longName ?? (prefix ? `${prefix}/${tarString(header, 0, 100)}` : tarString(header, 0, 100))
    const dataStart = offset + TAR_BLOCK
    const data = tar.subarray(dataStart, dataStart + size)
    longName = undefined
    if (type === 'x') longName = paxPath(data)
    else if (type === 'L') longName = data.toString('utf8').replace(/\0+$/, '')
    else if (type === '0' || type === '\0') {
      seen.push(name)
      if (name === 'data.ndjson' || name.endsWith('/data.ndjson')) return data.toString('utf8')
    }
    offset = dataStart + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK
  }
  throw new ContentError(
    `Dataset archive ${file} holds no data.ndjson (found: ${seen.slice(0, 5).join(', ') || 'no files'}). ` +
      'Use the archive written by `sanity dataset export`, or point SANITY_DATASET_FILE to an .ndjson file.',
  )
}

/** Parses NDJSON, one document per line; a bad line is reported with its number. */
function parseNdjson(text: string, file: string): unknown[] {
  const documents: unknown[] = []
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    try {
      documents.push(JSON.parse(line))
    } catch (cause) {
      throw new ContentError(
        `Dataset file ${file}, line ${index + 1}, is not valid JSON (${(cause as Error).message}): ` +
          `${JSON.stringify(line.slice(0, 80))}. Each line must be one whole document, as \`sanity dataset export\` writes it.`,
        { cause },
      )
    }
  }
  return documents
}

/** Reads every document of an NDJSON file or of a `sanity dataset export` archive. */
export async function readDatasetFile(file: string): Promise<unknown[]> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (cause) {
    throw new ContentError(
      `Cannot read the dataset file ${file} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}). ` +
        'Check SANITY_DATASET_FILE: it must name an .ndjson file or a .tar.gz from `sanity dataset export`, ' +
        'relative to the folder the build runs in or absolute.',
      { cause },
    )
  }
  const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b
  const text = isGzip || /\.t(ar\.)?gz$/.test(file) ? ndjsonFromExportArchive(bytes, file) : bytes.toString('utf8')
  return parseNdjson(text, file)
}
