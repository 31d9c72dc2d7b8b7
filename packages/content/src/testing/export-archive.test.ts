import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { list } from 'tar'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { SAMPLE_DATASET_FILE } from '../source-from-env.ts'
import { writeExportArchive } from './export-archive.ts'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'weshare-export-archive-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('writeExportArchive', () => {
  test('lays the sample out as `sanity dataset export` does: data.ndjson, assets.json and images/ under one folder', async () => {
    const outFile = join(work, 'weshare.tar.gz')
    const { images } = await writeExportArchive({ ndjsonFile: SAMPLE_DATASET_FILE, outFile })
    const entries: string[] = []
    await list({ file: outFile, onReadEntry: (entry) => entries.push(entry.path) })
    expect(images).toHaveLength(6)
    expect(entries.sort()).toEqual(
      ['weshare/assets.json', 'weshare/data.ndjson', ...images.map((path) => `weshare/${path}`)].sort(),
    )
    for (const path of images) expect(path).toMatch(/^images\/[0-9a-f]{40}-\d+x\d+\.png$/)
  })

  test('writes the same bytes for the same dataset', async () => {
    const first = join(work, 'first', 'export.tar.gz')
    const second = join(work, 'second', 'export.tar.gz')
    await writeExportArchive({ ndjsonFile: SAMPLE_DATASET_FILE, outFile: first })
    await writeExportArchive({ ndjsonFile: SAMPLE_DATASET_FILE, outFile: second })
    expect((await readFile(first)).equals(await readFile(second))).toBe(true)
  })

  test('refuses a dataset that references an image it does not have', async () => {
    const ndjsonFile = join(work, 'broken.ndjson')
    const avatar = { _type: 'image', _sanityAsset: 'image@file://./images/absent.png' }
    await writeFile(ndjsonFile, `${JSON.stringify({ _id: 'a', _type: 'speaker', avatar })}\n`)
    await expect(writeExportArchive({ ndjsonFile, outFile: join(work, 'broken.tar.gz') })).rejects.toThrow(
      /references image@file:\/\/\.\/images\/absent\.png, but .*absent\.png does not exist/,
    )
  })
})
