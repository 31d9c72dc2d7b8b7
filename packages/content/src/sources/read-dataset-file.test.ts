import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { LIMITS } from '@weshare/schema'
import { describe, expect, test } from 'vitest'
import { readDatasetFile } from './read-dataset-file.ts'

const docs = [
  { _id: 'a', _type: 'tag', title: 'Kafka' },
  { _id: 'b', _type: 'tag', title: 'Kubernetes' },
]
const ndjson = docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n'

function tempDir() {
  return mkdtempSync(join(tmpdir(), 'weshare-dataset-'))
}

describe('readDatasetFile', () => {
  test('reads one document per line of an NDJSON file, skipping blank lines', async () => {
    const file = join(tempDir(), 'data.ndjson')
    writeFileSync(file, `\n${ndjson}\n`)
    expect(await readDatasetFile(file)).toEqual(docs)
  })

  test('reads data.ndjson out of the .tar.gz that `sanity dataset export` writes', async () => {
    const dir = tempDir()
    const exportDir = join(dir, 'production-export-2026-11-26t00-00-00-000z')
    mkdirSync(join(exportDir, 'images'), { recursive: true })
    writeFileSync(join(exportDir, 'assets.json'), '{}')
    writeFileSync(join(exportDir, 'images', 'a.png'), 'not really a png')
    writeFileSync(join(exportDir, 'data.ndjson'), ndjson)
    const archive = join(dir, 'production.tar.gz')
    execFileSync('tar', ['-czf', archive, '-C', dir, 'production-export-2026-11-26t00-00-00-000z'])
    expect(await readDatasetFile(archive)).toEqual(docs)
  })

  test('names the file and the line of a document that is not valid JSON', async () => {
    const file = join(tempDir(), 'broken.ndjson')
    writeFileSync(file, `${JSON.stringify(docs[0])}\n{"_id": "b", "_type": \n`)
    await expect(readDatasetFile(file)).rejects.toThrow(
      /broken\.ndjson cannot be used[^\n]*\n {2}line 2 is not valid JSON/,
    )
  })

  test('says which variable to fix when the file does not exist', async () => {
    await expect(readDatasetFile(join(tempDir(), 'missing.ndjson'))).rejects.toThrow(
      /ENOENT.*Check SANITY_DATASET_FILE/,
    )
  })

  test('explains that an archive without data.ndjson is not a dataset export', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'notes.txt'), 'hello')
    const archive = join(dir, 'other.tar.gz')
    execFileSync('tar', ['-czf', archive, '-C', dir, 'notes.txt'])
    await expect(readDatasetFile(archive)).rejects.toThrow(/holds no data\.ndjson \(found: notes\.txt\)/)
  })

  test('accepts a UTF-8 byte order mark at the start of the file', async () => {
    const file = join(tempDir(), 'bom.ndjson')
    writeFileSync(file, `\uFEFF${ndjson}`)
    expect(await readDatasetFile(file)).toEqual(docs)
  })

  test('says "byte order mark" and UTF-16 when the file was saved as UTF-16', async () => {
    const file = join(tempDir(), 'utf16.ndjson')
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ndjson, 'utf16le')]))
    await expect(readDatasetFile(file)).rejects.toThrow(/UTF-16 byte order mark.*Save it as UTF-8/)
  })

  test('reads a gzipped NDJSON file (.ndjson.gz)', async () => {
    const file = join(tempDir(), 'data.ndjson.gz')
    writeFileSync(file, gzipSync(ndjson))
    expect(await readDatasetFile(file)).toEqual(docs)
  })

  test('names the line of each line that is not a document, and of documents without _id or _type', async () => {
    const file = join(tempDir(), 'shapes.ndjson')
    const lines = [
      '[1,2]',
      'null',
      '42',
      JSON.stringify({ _type: 'talk' }),
      JSON.stringify({ _id: 'x' }),
      JSON.stringify(docs[0]),
    ]
    writeFileSync(file, lines.join('\n'))
    const error = await readDatasetFile(file).catch((caught: unknown) => caught as Error)
    expect(error).toBeInstanceOf(Error)
    const message = (error as Error).message
    expect(message).toMatch(/\(5 problems\)/)
    expect(message).toMatch(/line 1 holds a JSON array, not a document/)
    expect(message).toMatch(/line 2 holds null, not a document/)
    expect(message).toMatch(/line 3 holds a number \("42"\), not a document/)
    expect(message).toMatch(/line 4 is a document without _id \(_type "talk"\)/)
    expect(message).toMatch(/line 5 is a document without _type \(_id "x"\)/)
  })

  test('names the lines of two documents with the same _id', async () => {
    const file = join(tempDir(), 'twice.ndjson')
    writeFileSync(file, [docs[0], docs[1], docs[0]].map((doc) => JSON.stringify(doc)).join('\n'))
    await expect(readDatasetFile(file)).rejects.toThrow(/lines 1, 3 hold the same _id "a"/)
  })

  test('refuses a document over the size limit, naming its line and its id, without parsing it', async () => {
    const file = join(tempDir(), 'huge.ndjson')
    const huge = JSON.stringify({ _id: 'talk-huge', _type: 'talk', title: 'x'.repeat(LIMITS.documentBytes) })
    writeFileSync(file, `${JSON.stringify(docs[0])}\n${huge}\n`)
    await expect(readDatasetFile(file)).rejects.toThrow(
      /line 2 is 2,097,\d+ bytes \(document "talk-huge"\), above the 2 MiB/,
    )
  })

  test('refuses a document nested deeper than any the Studio writes, naming its line, before any walk overflows', async () => {
    const file = join(tempDir(), 'deep.ndjson')
    const deep = `${'['.repeat(20_000)}"x"${']'.repeat(20_000)}`
    writeFileSync(file, `${JSON.stringify(docs[0])}\n{"_id":"talk-profond","_type":"talk","title":${deep}}\n`)
    await expect(readDatasetFile(file)).rejects.toThrow(
      /line 2 nests arrays or objects more than 64 levels deep \(document "talk-profond"\)/,
    )
  })

  test('keeps a document nested as deep as the limit', async () => {
    const file = join(tempDir(), 'nested.ndjson')
    const nested = `${'['.repeat(LIMITS.nestingDepth - 1)}"x"${']'.repeat(LIMITS.nestingDepth - 1)}`
    writeFileSync(file, `{"_id":"a","_type":"tag","title":${nested}}\n`)
    expect(await readDatasetFile(file)).toHaveLength(1)
  })

  test('stops inflating a gzip bomb long before it fills memory', async () => {
    const file = join(tempDir(), 'bomb.ndjson.gz')
    // 32 MiB of spaces compress to about 32 KiB: a ratio no data export has.
    writeFileSync(file, gzipSync(Buffer.alloc(32 * 1024 * 1024, 0x20), { level: 9 }))
    const before = process.memoryUsage().rss
    await expect(readDatasetFile(file)).rejects.toThrow(
      /inflates more than 100 times its compressed size.*Stopped reading it/,
    )
    expect(process.memoryUsage().rss - before).toBeLessThan(128 * 1024 * 1024)
  }, 20_000)

  test('says a file named .gz that is not gzip is not what its name says', async () => {
    const file = join(tempDir(), 'plain.ndjson.gz')
    writeFileSync(file, ndjson)
    await expect(readDatasetFile(file)).rejects.toThrow(/named like a gzip file but is not one/)
  })
})
