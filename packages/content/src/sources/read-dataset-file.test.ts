import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
    await expect(readDatasetFile(file)).rejects.toThrow(/broken\.ndjson, line 2, is not valid JSON/)
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
})
