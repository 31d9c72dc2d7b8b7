import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { DEFAULT_SEED, generateDataset } from './generate-dataset.ts'
import { writeExportOfSize } from './image-export.ts'

/*
 * How much memory the content layer needs to read a large dataset file: an export archive made
 * mostly of image files (`--read-export <MB>`), or a plain NDJSON (`--read-ndjson <MB>`). The file
 * is read by the reader the site's build uses, in a child process whose peak resident memory
 * (VmHWM) is compared with what it held before reading and with what the documents keep.
 */

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'read-dataset-child.ts')

/** Peak memory reading an export may take above what its documents keep. */
export const EXPORT_READ_LIMIT_BYTES = 200e6
/** Talks of the export read: the documents stay small next to the images. */
const EXPORT_TALKS = 1_000
/** Talks drawn once, then written again under other ids until the NDJSON reaches its size. */
const NDJSON_BASE_TALKS = 2_000

export type ReadKind = 'export' | 'ndjson'

/** What the child process measured (src/read-dataset-child.ts). */
interface ChildFigures {
  documents: number
  /** The `sanity.imageAsset` documents made from the export's images. */
  imageAssets: number
  /** Content problems found reading the file (an image missing or unreadable): 0 for a sound file. */
  problems: number
  readMs: number
  rssBeforeBytes: number
  rssAfterBytes: number
  maxRssBytes: number
  heapBeforeBytes: number
  heapAfterBytes: number
  externalBeforeBytes: number
  externalAfterBytes: number
}

export interface ReadMeasure extends ChildFigures {
  kind: ReadKind
  /** The size asked for, in bytes. */
  targetBytes: number
  measuredAt: string
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; loadAverageBefore: number }
  file: { bytes: number; ndjsonBytes: number; images: number; imageBytes: number; generateMs: number }
  /** Peak resident memory minus the memory held just before reading. */
  peakAboveStartBytes: number
  /** What the documents keep once read: heap and buffers after a collection, minus before. */
  documentsBytes: number
  /** The peak above the start, minus the documents: what reading needed on top of its result. */
  aboveDocumentsBytes: number
  /** The export target (under EXPORT_READ_LIMIT_BYTES above the documents); null for NDJSON. */
  met: boolean | null
}

/** Writes an NDJSON of about `bytes`: a dataset's documents, then its talks again under new ids. */
export async function writeNdjsonOfSize(file: string, bytes: number, seed = DEFAULT_SEED): Promise<number> {
  const { documents } = generateDataset({ talks: NDJSON_BASE_TALKS, seed })
  const out = createWriteStream(file)
  let written = 0
  const write = async (document: unknown) => {
    const line = `${JSON.stringify(document)}\n`
    written += Buffer.byteLength(line)
    if (!out.write(line)) await once(out, 'drain')
  }
  for (const document of documents) await write(document)
  const talks = documents.filter((document) => document._type === 'talk')
  for (let copy = 1; written < bytes; copy++) {
    for (const talk of talks) {
      if (written >= bytes) break
      await write({
        ...talk,
        _id: `${talk._id}-${copy}`,
        slug: { ...talk.slug, current: `${talk.slug.current}-${copy}` },
      })
    }
  }
  out.end()
  await once(out, 'finish')
  return written
}

async function readInChild(file: string, cacheDir: string): Promise<ChildFigures> {
  // process.execPath is the Node 24 running the benchmark; the system Node is too old for it.
  const child = spawn(process.execPath, ['--expose-gc', CHILD, file, cacheDir], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [code] = (await once(child, 'close')) as [number | null]
  const line = stdout.trim().split('\n').at(-1) ?? ''
  if (code !== 0 || !line.startsWith('{')) {
    throw new Error(
      `Reading ${file} with the content layer failed (exit code ${String(code)}):\n${(stderr || stdout).trim().slice(-4000)}`,
    )
  }
  return JSON.parse(line) as ChildFigures
}

/**
 * Writes a dataset file of about `megabytes` MB (10⁶ bytes) in a temporary folder, reads it in a
 * child process and returns the figures; the folder is removed whatever happens.
 */
export async function measureRead(
  kind: ReadKind,
  megabytes: number,
  { seed = DEFAULT_SEED, log = () => {} }: { seed?: number; log?: (line: string) => void } = {},
): Promise<ReadMeasure> {
  const targetBytes = megabytes * 1e6
  const workDir = await mkdtemp(join(tmpdir(), 'weshare-'))
  const loadAverageBefore = loadavg()[0] ?? 0
  try {
    const started = performance.now()
    let file: string
    let fileFigures: Omit<ReadMeasure['file'], 'generateMs'>
    if (kind === 'export') {
      file = join(workDir, 'export.tar.gz')
      log(`Writing an export archive of about ${megabytes} MB (images for ${EXPORT_TALKS} talks)…`)
      const { archive } = await writeExportOfSize(file, { bytes: targetBytes, talks: EXPORT_TALKS, seed })
      fileFigures = {
        bytes: archive.bytes,
        ndjsonBytes: archive.ndjsonBytes,
        images: archive.images,
        imageBytes: archive.imageBytes,
      }
    } else {
      file = join(workDir, 'dataset.ndjson')
      log(`Writing an NDJSON of about ${megabytes} MB…`)
      const ndjsonBytes = await writeNdjsonOfSize(file, targetBytes, seed)
      fileFigures = { bytes: (await stat(file)).size, ndjsonBytes, images: 0, imageBytes: 0 }
    }
    const generateMs = performance.now() - started
    log(`Reading it with the content layer (${(fileFigures.bytes / 1e6).toFixed(0)} MB on disk)…`)
    const figures = await readInChild(file, join(workDir, 'image-cache'))
    if (figures.problems > 0) {
      throw new Error(
        `Reading ${file} found ${figures.problems} content problem(s): the generated export and the content layer disagree.`,
      )
    }
    const peakAboveStartBytes = figures.maxRssBytes - figures.rssBeforeBytes
    const documentsBytes =
      figures.heapAfterBytes -
      figures.heapBeforeBytes +
      Math.max(0, figures.externalAfterBytes - figures.externalBeforeBytes)
    const aboveDocumentsBytes = peakAboveStartBytes - documentsBytes
    return {
      kind,
      targetBytes,
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
        memoryBytes: totalmem(),
        node: process.version,
        loadAverageBefore,
      },
      file: { ...fileFigures, generateMs },
      ...figures,
      peakAboveStartBytes,
      documentsBytes,
      aboveDocumentsBytes,
      met: kind === 'export' ? aboveDocumentsBytes <= EXPORT_READ_LIMIT_BYTES : null,
    }
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** The measure as Markdown. */
export function readToMarkdown(measure: ReadMeasure): string {
  const { file, machine } = measure
  const what =
    measure.kind === 'export'
      ? `an export archive of ${mb(file.bytes)}: ${file.images.toLocaleString('en')} image files (${mb(file.imageBytes)}) and a data.ndjson of ${mb(file.ndjsonBytes)}`
      : `an NDJSON of ${mb(file.bytes)}`
  const lines = [
    `# Reading ${measure.kind === 'export' ? 'an export archive' : 'an NDJSON'} of ${(measure.targetBytes / 1e6).toLocaleString('en')} MB`,
    '',
    `${measure.measuredAt} · Node ${machine.node} · ${machine.cpus} × ${machine.cpuModel} · ${mb(machine.memoryBytes)} RAM · ` +
      `load average ${machine.loadAverageBefore.toFixed(2)} before (the machine is shared: other work shows in the times).`,
    '',
    `The file: ${what}, written in ${seconds(file.generateMs)}. Read with \`DatasetFileSource.fromFile\` of @weshare/content ` +
      "(what the site build reads a dataset file with; an archive's images are streamed into an image cache in the same temporary folder) in a process of its own; memory from VmHWM (peak resident) and from the heap after a full collection.",
    '',
    '| Figure | Value |',
    '| --- | ---: |',
    `| Documents read | ${measure.documents.toLocaleString('en')} |`,
    `| Image asset documents made from the files | ${measure.imageAssets.toLocaleString('en')} |`,
    `| Reading time | ${seconds(measure.readMs)} |`,
    `| Resident memory before reading | ${mb(measure.rssBeforeBytes)} |`,
    `| Peak resident memory | ${mb(measure.maxRssBytes)} |`,
    `| Peak above the start | ${mb(measure.peakAboveStartBytes)} |`,
    `| What the documents keep (heap + buffers, after a collection) | ${mb(measure.documentsBytes)} |`,
    `| **Peak above the documents themselves** | **${mb(measure.aboveDocumentsBytes)}** |`,
    '',
  ]
  if (measure.met !== null) {
    lines.push(
      `Target: under ${mb(EXPORT_READ_LIMIT_BYTES)} above the documents themselves for a 1 GB export: ` +
        `${mb(measure.aboveDocumentsBytes)} ${measure.met ? '✓' : '✗'}.`,
      '',
    )
  } else {
    lines.push(
      "Target: the file is read at all (a reader holding it as one string fails past V8's longest string, about 512 MiB): ✓.",
      '',
    )
  }
  return lines.join('\n')
}

/** Writes `read-<kind>-<MB>.json` and `.md` to `dir`, each through a `.tmp` file renamed in place. */
export async function writeReadResults(dir: string, measure: ReadMeasure): Promise<{ json: string; markdown: string }> {
  const base = join(dir, `read-${measure.kind}-${measure.targetBytes / 1e6}`)
  const files = { json: `${base}.json`, markdown: `${base}.md` }
  await writeFile(`${files.json}.tmp`, `${JSON.stringify(measure, null, 2)}\n`)
  await rename(`${files.json}.tmp`, files.json)
  await writeFile(`${files.markdown}.tmp`, readToMarkdown(measure))
  await rename(`${files.markdown}.tmp`, files.markdown)
  return files
}
