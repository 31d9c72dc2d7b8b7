import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { IMAGES_FOLDER, imageOutput, readImageReport, type ImageReport } from './image-figures.ts'

const workDir = await mkdtemp(join(tmpdir(), 'weshare-'))
afterAll(() => rm(workDir, { recursive: true, force: true }))

const REPORT: ImageReport = {
  sourceImages: 12,
  filesWritten: 70,
  filesReused: 2,
  cardsWritten: 30,
  cardsReused: 0,
  bytesWritten: 1_234_567,
  encodeMilliseconds: 4_321,
  cardMilliseconds: 987,
}

test("reads the site's image report with its eight figures", async () => {
  const file = join(workDir, 'report.json')
  await writeFile(file, JSON.stringify({ ...REPORT, somethingElse: true }))
  expect(await readImageReport(file)).toEqual(REPORT)
})

test('says a build that wrote no image report reported nothing', async () => {
  expect(await readImageReport(join(workDir, 'absent.json'))).toBeNull()
})

test('names the figures an image report lacks', async () => {
  const file = join(workDir, 'partial.json')
  const { cardsReused: _cardsReused, encodeMilliseconds: _encode, ...partial } = REPORT
  await writeFile(file, JSON.stringify(partial))
  await expect(readImageReport(file)).rejects.toThrow(/no number for cardsReused, encodeMilliseconds/)
})

test('counts the files and bytes of the built site’s image folder, and none when it has none', async () => {
  const site = join(workDir, 'site')
  expect(await imageOutput(site)).toEqual({ files: 0, bytes: 0 })
  await mkdir(join(site, IMAGES_FOLDER, 'nested'), { recursive: true })
  await writeFile(join(site, IMAGES_FOLDER, 'a.avif'), Buffer.alloc(300))
  await writeFile(join(site, IMAGES_FOLDER, 'nested', 'b.webp'), Buffer.alloc(200))
  await writeFile(join(site, 'index.html'), 'not an image')
  expect(await imageOutput(site)).toEqual({ files: 2, bytes: 500 })
})
