import { readdir, rm, stat, utimes } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { inBatches } from './in-batches.ts'

/*
 * The encode cache keeps every file a build made, named by what its bytes depend on; without
 * pruning it grows with every edited image, changed crop and reworded card. Each build marks the
 * files its pages show as used (their modification time set to now), then deletes the files no
 * build has used for KEPT_DAYS. Builds sharing the cache (the public site and the preview) keep
 * each other's files as long as one of them runs every few weeks; a file pruned too early is made
 * again by the next full build.
 */

/** Days a file of the encode cache stays without any build showing it. */
export const KEPT_DAYS = 30
/** Half-written files (`*.partial`) of a build that was stopped: removed after a day. */
const PARTIAL_KEPT_DAYS = 1
const DAY_MS = 24 * 60 * 60 * 1000
/** Files touched or removed at once. */
const AT_ONCE = 64

export interface PruneResult {
  /** Files deleted, and their bytes. */
  files: number
  bytes: number
}

/** Marks the files `used` (names relative to `cacheDir`) as used now, then deletes the stale ones. */
export async function pruneEncodeCache(
  cacheDir: string,
  used: Iterable<string>,
  now: Date = new Date(),
): Promise<PruneResult> {
  const kept = new Set(used)
  await inBatches([...kept], AT_ONCE, (name) => utimes(join(cacheDir, name), now, now).catch(() => undefined))
  const names = await readdir(cacheDir, { recursive: true }).catch(() => [] as string[])
  const result: PruneResult = { files: 0, bytes: 0 }
  await inBatches(names, AT_ONCE, async (name) => {
    const key = name.split(sep).join('/')
    if (kept.has(key)) return
    const file = join(cacheDir, name)
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return
    const days = key.endsWith('.partial') ? PARTIAL_KEPT_DAYS : KEPT_DAYS
    if (now.getTime() - info.mtimeMs < days * DAY_MS) return
    await rm(file, { force: true })
    result.files += 1
    result.bytes += info.size
  })
  return result
}
