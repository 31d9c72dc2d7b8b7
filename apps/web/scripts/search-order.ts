import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { RECENT_ORDER_URL, writeRecentOrder } from '../src/lib/search-order.ts'
import { readFragment } from './search-vocabulary.ts'

/*
 * The order of « Plus récents » (src/lib/search-order.ts), written after Pagefind from the bundle it
 * wrote: each fragment file is named after the page's id and holds the page's `date` metadata.
 */

const FRAGMENT_SUFFIX = '.pf_fragment'

export interface RecentOrderReport {
  pages: number
  bytes: number
  ms: number
}

/** Writes `<siteDir>/search/recent.txt` from the Pagefind bundle in `<siteDir>/pagefind/`. */
export async function writeRecentOrderFile(siteDir: string): Promise<RecentOrderReport> {
  const started = performance.now()
  const fragmentDir = join(siteDir, 'pagefind', 'fragment')
  const names = (await readdir(fragmentDir)).filter((name) => name.endsWith(FRAGMENT_SUFFIX))
  const pages = await Promise.all(
    names.map(async (name) => ({
      id: name.slice(0, -FRAGMENT_SUFFIX.length),
      date: (await readFragment(join(fragmentDir, name))).meta?.date,
    })),
  )
  const text = writeRecentOrder(pages)
  const file = join(siteDir, RECENT_ORDER_URL)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, text)
  return { pages: pages.length, bytes: Buffer.byteLength(text), ms: performance.now() - started }
}
