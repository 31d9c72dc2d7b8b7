import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { cardCostOf, copyCards } from './card-cost.ts'
import type { ImageReport } from './image-figures.ts'
import type { BuildRun } from './run-build.ts'

let dir: string | undefined
afterEach(() => dir && rm(dir, { recursive: true, force: true }))

const report = (cardsWritten: number, cardsReused: number): ImageReport => ({
  sourceImages: 0,
  filesWritten: 0,
  filesReused: 0,
  cardsWritten,
  cardsReused,
  bytesWritten: 0,
  encodeMilliseconds: 0,
  cardMilliseconds: cardsWritten * 2,
})
const build = (wallMs: number, cpuMs: number | null) => ({ wallMs, cpuMs }) as BuildRun

describe('the cost of the social cards', () => {
  test('is what the build that drew them took beyond the one that found them drawn', () => {
    const cost = cardCostOf(
      { run: build(100_000, 150_000), report: report(10_000, 0) },
      { run: build(96_000, 128_000), report: report(0, 10_000) },
    )
    expect(cost).toMatchObject({ cardsDrawn: 10_000, cardsReused: 10_000, drawnCpuMs: 150_000, reusedCpuMs: 128_000 })
    expect(cost.share).toBeCloseTo(0.04)
  })

  test('is refused when the second build drew cards again, naming how many', () => {
    expect(() =>
      cardCostOf(
        { run: build(100_000, null), report: report(10, 0) },
        { run: build(90_000, null), report: report(3, 7) },
      ),
    ).toThrow(/drew 3 of them again/)
  })

  test('is measured with the cards copied alone from the encode cache, the encoded images left behind', async () => {
    dir = await mkdtemp(join(tmpdir(), 'weshare-card-cost-'))
    const from = join(dir, 'image-cache')
    await mkdir(join(from, 'cards'), { recursive: true })
    await writeFile(join(from, 'cards', '00d7f727da4ca54e.png'), 'png')
    await writeFile(join(from, '3b98bd8c3329-360x205-MrHzDdaPaz.avif'), 'avif')
    expect(await copyCards(from, join(dir, 'cards-only'))).toBe(true)
    expect(await readdir(join(dir, 'cards-only'), { recursive: true })).toEqual(['cards', 'cards/00d7f727da4ca54e.png'])
    expect(await copyCards(join(dir, 'cards-only', 'cards'), join(dir, 'none'))).toBe(false)
  })
})
