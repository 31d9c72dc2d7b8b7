import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { imageQueue, QUEUE_KEY } from './queue.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'weshare-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('imageQueue', () => {
  test('is one queue for every instance of the module in the process', async () => {
    // A query string makes the module load again, as Astro's page bundle loads its own copy.
    const specifier = './queue.ts?another-instance'
    const copy = (await import(/* @vite-ignore */ specifier)) as { imageQueue: typeof imageQueue }
    expect(copy.imageQueue).not.toBe(imageQueue)
    expect(copy.imageQueue()).toBe(imageQueue())
  })

  test('makes a file once however many pages name it, and at most two at a time', async () => {
    imageQueue().open(dir)
    let running = 0
    let most = 0
    let made = 0
    const job = (name: string) => ({
      name,
      kind: 'image' as const,
      from: 'un essai',
      make: async () => {
        made += 1
        running += 1
        most = Math.max(most, running)
        await new Promise((resolve) => setTimeout(resolve, 20))
        running -= 1
        return Buffer.from(name)
      },
    })
    for (const name of ['a.png', 'b.png', 'c.png', 'd.png', 'a.png', 'b.png']) imageQueue().add(job(name))
    const outcomes = await imageQueue().settled()
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['written', 'written', 'written', 'written'])
    expect(made).toBe(4)
    expect(most).toBeLessThanOrEqual(2)
    expect(await readFile(join(dir, 'c.png'), 'utf8')).toBe('c.png')
  })

  test('reuses a file of the cache without making it again', async () => {
    imageQueue().open(dir)
    imageQueue().add({
      name: 'a.png',
      kind: 'image',
      from: 'un essai',
      make: () => Promise.reject(new Error('refait')),
    })
    expect(await imageQueue().outcome('a.png')).toMatchObject({ status: 'reused', bytes: 5 })
  })

  test('leaves a card the cache lacks for later when asked to, and still reuses one the cache has', async () => {
    const card = { title: 'Plus tard', kind: 'Talk', speakers: [], date: '', siteName: 'WeShare' }
    let drawn = 0
    const job = (name: string) => ({
      name,
      kind: 'card' as const,
      from: 'une carte',
      card,
      make: () => {
        drawn += 1
        return Promise.resolve(Buffer.from('png'))
      },
    })
    await writeFile(join(dir, 'deja.png'), 'png')
    imageQueue().open(dir, { cardsLater: true })
    imageQueue().add(job('plus-tard.png'))
    imageQueue().add(job('deja.png'))
    expect(await imageQueue().settled()).toEqual([
      { name: 'plus-tard.png', kind: 'card', status: 'later', card },
      { name: 'deja.png', kind: 'card', status: 'reused', bytes: 3, ms: 0 },
    ])
    expect(drawn).toBe(0)

    // The next build, without the option, draws it.
    imageQueue().open(dir)
    imageQueue().add(job('plus-tard.png'))
    expect(await imageQueue().outcome('plus-tard.png')).toMatchObject({ status: 'written' })
    expect(drawn).toBe(1)
  })

  test('holds jobs added before the queue is opened, and starts them when it is', async () => {
    // A process whose integration has not opened the queue yet (the first to ask creates it).
    delete (globalThis as Record<symbol, unknown>)[Symbol.for(QUEUE_KEY)]
    const queue = imageQueue()
    queue.add({ name: 'e.png', kind: 'card', from: 'un essai', make: () => Promise.resolve(Buffer.from('e')) })
    expect(queue.outcome('e.png')).toBeUndefined()
    expect(await queue.settled()).toEqual([])
    queue.open(join(dir, 'later'))
    expect(await queue.outcome('e.png')).toMatchObject({ status: 'written', kind: 'card' })
  })

  test('publishes a file a job writes aside itself under its name, with the size and time the job reports', async () => {
    imageQueue().open(join(dir, 'aside'))
    imageQueue().add({
      name: 'cards/f.png',
      kind: 'card',
      from: 'un essai',
      make: async (aside) => {
        await writeFile(aside, 'carte')
        return { bytes: 5, ms: 1.5 }
      },
    })
    expect(await imageQueue().outcome('cards/f.png')).toMatchObject({ status: 'written', bytes: 5, ms: 1.5 })
    expect(await readFile(join(dir, 'aside', 'cards', 'f.png'), 'utf8')).toBe('carte')
  })

  test('leaves no partial file behind a job that fails halfway, and names the file and its source', async () => {
    imageQueue().open(join(dir, 'failing'))
    imageQueue().add({
      name: 'cards/g.png',
      kind: 'card',
      from: 'la carte de « Essai »',
      make: async (aside) => {
        await writeFile(aside, 'moitié')
        throw new Error('plus de place sur le disque')
      },
    })
    const outcome = await imageQueue().outcome('cards/g.png')
    expect(outcome?.status).toBe('failed')
    expect(outcome?.status === 'failed' && outcome.error.message).toBe(
      '/_images/cards/g.png could not be made from la carte de « Essai »: plus de place sur le disque',
    )
    expect(await readdir(join(dir, 'failing', 'cards'))).toEqual([])
  })
})
