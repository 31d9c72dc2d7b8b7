import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { measureRead, readToMarkdown, writeNdjsonOfSize } from './read-memory.ts'

const workDir = await mkdtemp(join(tmpdir(), 'weshare-'))
afterAll(() => rm(workDir, { recursive: true, force: true }), 60_000)

test('writes an NDJSON of about the size asked, each _id on one line only', async () => {
  const file = join(workDir, 'sized.ndjson')
  const written = await writeNdjsonOfSize(file, 30_000_000)
  expect((await stat(file)).size).toBe(written)
  expect(written).toBeGreaterThanOrEqual(30_000_000)
  expect(written).toBeLessThan(30_100_000)
  const ids = (await readFile(file, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { _id: string })._id)
  expect(new Set(ids).size).toBe(ids.length)
}, 180_000)

test('measures the peak memory of reading an NDJSON with the content layer, in a process of its own', async () => {
  const measure = await measureRead('ndjson', 3)
  expect(measure.documents).toBeGreaterThan(2_000)
  expect(measure.maxRssBytes).toBeGreaterThanOrEqual(measure.rssBeforeBytes)
  expect(measure.documentsBytes).toBeGreaterThan(0)
  expect(measure.aboveDocumentsBytes).toBe(measure.peakAboveStartBytes - measure.documentsBytes)
  expect(measure.met).toBeNull()
  expect(readToMarkdown(measure)).toContain('Peak above the documents themselves')
}, 180_000)
