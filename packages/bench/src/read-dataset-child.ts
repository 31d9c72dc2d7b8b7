import { readFileSync } from 'node:fs'
import { DatasetFileSource } from '@weshare/content'

/*
 * Reads one dataset file as the site's build does (DatasetFileSource.fromFile: the documents, the
 * images of an archive streamed into the image cache, their asset documents), in a process of its own so that its
 * peak resident memory is the reader's alone, and prints what it measured as one JSON line.
 * Run with --expose-gc: the heap is measured after a full collection, before and after reading,
 * so that what the documents keep is told apart from what reading them needed for a while.
 */

const [file, cacheDir] = process.argv.slice(2)
if (!file || !cacheDir) {
  throw new Error('Usage: node --expose-gc src/read-dataset-child.ts <dataset file> <image cache folder>')
}
const collect = globalThis.gc
if (!collect) throw new Error('Run read-dataset-child.ts with --expose-gc: it measures the heap after a collection.')

collect()
const before = process.memoryUsage()
const started = performance.now()
const source = await DatasetFileSource.fromFile(file, undefined, { cacheDir })
const readMs = performance.now() - started
collect()
const after = process.memoryUsage()
// VmHWM, the highest resident memory of this process's address space (Linux). Not getrusage's
// ru_maxrss: Linux keeps it across fork and exec, so it starts at the parent's size.
const highWater = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
if (!highWater) throw new Error('No VmHWM line in /proc/self/status: the peak memory is measured on Linux only.')
const maxRssBytes = Number(highWater[1]) * 1024
// Counted after the memory was measured: the query allocates, and the source stays alive until here.
const documents = Number(await source.fetch('count(*[_type != "sanity.imageAsset"])'))
const imageAssets = Number(await source.fetch('count(*[_type == "sanity.imageAsset"])'))

console.log(
  JSON.stringify({
    documents,
    imageAssets,
    problems: source.problems.length,
    readMs,
    rssBeforeBytes: before.rss,
    rssAfterBytes: after.rss,
    maxRssBytes,
    heapBeforeBytes: before.heapUsed,
    heapAfterBytes: after.heapUsed,
    // `external` counts Buffers and ArrayBuffers (arrayBuffers is a part of it).
    externalBeforeBytes: before.external,
    externalAfterBytes: after.external,
  }),
)
