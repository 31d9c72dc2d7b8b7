import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { KEPT_DAYS, pruneEncodeCache } from './encode-cache-prune.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const NOW = new Date('2026-06-30T12:00:00Z')

let cacheDir: string
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'weshare-encode-cache-'))
  await mkdir(join(cacheDir, 'cards'))
})
afterEach(() => rm(cacheDir, { recursive: true, force: true }))

/** A file of the cache last used `days` before NOW. */
async function cached(name: string, days: number, bytes = 10): Promise<void> {
  const file = join(cacheDir, name)
  await writeFile(file, Buffer.alloc(bytes))
  const when = new Date(NOW.getTime() - days * DAY_MS)
  await utimes(file, when, when)
}

describe('pruning the encode cache', () => {
  test('deletes the files no build has shown for weeks and keeps the recent ones', async () => {
    await cached('ancien-672x378-aaaa.avif', KEPT_DAYS + 1, 300)
    await cached('cards/0123456789abcdef.png', KEPT_DAYS + 5, 200)
    await cached('recent-672x378-bbbb.avif', KEPT_DAYS - 1)
    const result = await pruneEncodeCache(cacheDir, [], NOW)
    expect(result).toEqual({ files: 2, bytes: 500 })
    expect(existsSync(join(cacheDir, 'ancien-672x378-aaaa.avif'))).toBe(false)
    expect(existsSync(join(cacheDir, 'cards/0123456789abcdef.png'))).toBe(false)
    expect(existsSync(join(cacheDir, 'recent-672x378-bbbb.avif'))).toBe(true)
  })

  test('keeps an old file the pages of this build show, and marks it used now', async () => {
    await cached('montre-128x128-cccc.webp', KEPT_DAYS * 3)
    await cached('cards/fedcba9876543210.png', KEPT_DAYS * 3)
    const result = await pruneEncodeCache(cacheDir, ['montre-128x128-cccc.webp', 'cards/fedcba9876543210.png'], NOW)
    expect(result).toEqual({ files: 0, bytes: 0 })
    expect((await stat(join(cacheDir, 'montre-128x128-cccc.webp'))).mtimeMs).toBe(NOW.getTime())
    // Marked used: the next build, weeks later, keeps it although it no longer shows it.
    const later = new Date(NOW.getTime() + (KEPT_DAYS - 1) * DAY_MS)
    expect(await pruneEncodeCache(cacheDir, [], later)).toEqual({ files: 0, bytes: 0 })
  })

  test('removes half-written files of a stopped build after a day', async () => {
    await cached('coupe-480x270-dddd.jpg.0a1b2c3d4e5f.partial', 2)
    await cached('en-cours-480x270-eeee.jpg.0a1b2c3d4e5f.partial', 0.1)
    expect(await pruneEncodeCache(cacheDir, [], NOW)).toEqual({ files: 1, bytes: 10 })
    expect(existsSync(join(cacheDir, 'en-cours-480x270-eeee.jpg.0a1b2c3d4e5f.partial'))).toBe(true)
  })

  test('does nothing when the cache does not exist yet', async () => {
    await rm(cacheDir, { recursive: true })
    expect(await pruneEncodeCache(cacheDir, ['absent.avif'], NOW)).toEqual({ files: 0, bytes: 0 })
  })
})
