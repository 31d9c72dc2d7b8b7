import { readFileSync } from 'node:fs'
import { readDatasetFile } from '@weshare/content'

/*
 * Reads one dataset file with the content layer's reader, in a process of its own so that its
 * peak resident memory is the reader's alone, and prints what it measured as one JSON line.
 * Run with --expose-gc: the heap is measured after a full collection, before and after reading,
 * so that what the documents keep is told apart from what reading them needed for a while.
 */

const file = process.argv[2]
if (!file) throw new Error('Usage: node --expose-gc src/read-dataset-child.ts <dataset file>')
const collect = globalThis.gc
if (!collect) throw new Error('Run read-dataset-child.ts with --expose-gc: it measures the heap after a collection.')

collect()
const before = process.memoryUsage()
const started = performance.now()
const read: unknown = await readDatasetFile(file)
const readMs = performance.now() - started
collect()
const after = process.memoryUsage()
// VmHWM, the highest resident memory of this process's address space (Linux). Not getrusage's
// ru_maxrss: Linux keeps it across fork and exec, so it starts at the parent's size.
const highWater = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
if (!highWater) throw new Error('No VmHWM line in /proc/self/status: the peak memory is measured on Linux only.')
const maxRssBytes = Number(highWater[1]) * 1024
const documents = Array.isArray(read) ? read.length : ((read as { documents?: unknown[] }).documents?.length ?? 0)

console.log(
  JSON.stringify({
    documents,
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
