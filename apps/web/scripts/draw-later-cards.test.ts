import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { publishImages } from '../integrations/images.ts'
import { readCardsLater } from '../src/lib/images/cards-later.ts'
import { socialCardFor } from '../src/lib/images/index.ts'
import { imageQueue } from '../src/lib/images/queue.ts'
import { addToImageReport, drawLaterCards } from './draw-later-cards.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'weshare-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const card = (title: string) => ({
  title,
  kind: 'Talk',
  speakers: ['Inès Moreau'],
  date: 'mai 2025',
  siteName: 'WeShare',
})

/** A built site whose pages each show the social card of the given title, as Astro's process leaves it. */
async function builtSite(name: string, titles: readonly string[], cacheDir: string, cardsLater: string) {
  const dist = join(dir, name)
  imageQueue().open(cacheDir, { cardsLater: true })
  for (const [index, title] of titles.entries()) {
    await mkdir(join(dist, 'talks', `t${index}`), { recursive: true })
    await writeFile(
      join(dist, 'talks', `t${index}`, 'index.html'),
      `<!doctype html><html lang="fr"><head><meta property="og:image" content="https://recaps.example${socialCardFor(card(title)).path}"></head></html>`,
    )
  }
  const report = await publishImages(dist, cacheDir, { cardsLater })
  return { dist, report }
}

describe('drawLaterCards', () => {
  test('draws the cards the pages show into the site once Astro has listed them, and counts them', async () => {
    const cacheDir = join(dir, 'cache')
    const list = join(dir, 'cards-later.json')
    const { dist, report } = await builtSite('site', ['Kafka sans douleur', 'Rust au quotidien'], cacheDir, list)
    // Astro's process neither draws nor publishes them: it lists them.
    expect(report).toMatchObject({ cardsWritten: 0, cardsReused: 0, cardsLater: 2, bytesWritten: 0 })
    expect((await readCardsLater(list))?.cards.map((later) => later.page).sort()).toEqual([
      'talks/t0/index.html',
      'talks/t1/index.html',
    ])

    const drawn = await drawLaterCards(list, dist)
    expect(drawn).toMatchObject({ cards: 2, written: 2, reused: 0 })
    const files = await readdir(join(dist, '_images', 'cards'))
    expect(files).toHaveLength(2)
    const png = await readFile(join(dist, '_images', 'cards', files[0]!))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(drawn.bytes).toBe(
      (await Promise.all(files.map((file) => readFile(join(dist, '_images', 'cards', file))))).reduce(
        (sum, bytes) => sum + bytes.length,
        0,
      ),
    )

    // The next build finds them in the cache and leaves none for later.
    const again = await builtSite('again', ['Kafka sans douleur', 'Rust au quotidien'], cacheDir, list)
    expect(again.report).toMatchObject({ cardsReused: 2, cardsLater: 0 })
    expect(await drawLaterCards(list, again.dist)).toMatchObject({ cards: 0, written: 0 })
  })

  test('draws nothing when the build listed no card', async () => {
    expect(await drawLaterCards(join(dir, 'absent.json'), join(dir, 'nowhere'))).toEqual({
      cards: 0,
      written: 0,
      reused: 0,
      bytes: 0,
      ms: 0,
    })
  })

  test('fails naming the page whose card could not be drawn', async () => {
    const cacheDir = join(dir, 'blocked-cache')
    const list = join(dir, 'blocked.json')
    const { dist } = await builtSite('blocked', ['Observabilité'], cacheDir, list)
    // A file where the cards' folder should be: the card cannot be written.
    await mkdir(cacheDir, { recursive: true })
    await writeFile(join(cacheDir, 'cards'), '')
    await expect(drawLaterCards(list, dist)).rejects.toThrow(
      /1 image file\(s\) that pages show could not be made:\n- talks\/t0\/index\.html: \/_images\/cards\/\w+\.png could not be made from the social card of "Observabilité"/,
    )
  })

  test('adds the cards it drew to the image report of the build', async () => {
    const file = join(dir, 'image-report.json')
    await writeFile(
      file,
      JSON.stringify({ cardsWritten: 1, cardsReused: 4, bytesWritten: 1000, cardMilliseconds: 10, filesWritten: 7 }),
    )
    await addToImageReport({ cards: 3, written: 2, reused: 1, bytes: 500, ms: 30 }, file)
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      cardsWritten: 3,
      cardsReused: 5,
      bytesWritten: 1500,
      cardMilliseconds: 40,
      filesWritten: 7,
    })
  })
})
