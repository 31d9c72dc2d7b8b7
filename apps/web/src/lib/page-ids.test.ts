import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { createIdAllocator } from './heading-ids.ts'
import { SITE_WIDE_IDS } from './page-ids.ts'

const SRC = fileURLToPath(new URL('..', import.meta.url))

/** Fixed ids written in the site's components, layouts, pages and scripts (`id="…"` and getElementById('…')). */
async function fixedIds(): Promise<string[]> {
  const files = (await readdir(SRC, { recursive: true })).filter(
    (file) => /\.(astro|ts)$/.test(file) && !file.endsWith('.test.ts'),
  )
  const ids = new Set<string>()
  for (const file of files) {
    const text = await readFile(join(SRC, file), 'utf8')
    for (const [, id] of text.matchAll(/\bid="([a-z][a-z0-9-]*)"/g)) ids.add(id!)
    for (const [, id] of text.matchAll(/getElementById\('([a-z][a-z0-9-]*)'\)/g)) ids.add(id!)
    for (const [, id] of text.matchAll(/\.id = '([a-z][a-z0-9-]*)'/g)) ids.add(id!)
  }
  return [...ids].sort()
}

describe('SITE_WIDE_IDS', () => {
  test('lists every fixed id the site markup declares, so no heading can take one', async () => {
    const missing = (await fixedIds()).filter((id) => !SITE_WIDE_IDS.includes(id))
    expect(missing).toEqual([])
  })

  test('keeps a heading from taking an id of the search dialog', () => {
    const allocate = createIdAllocator()
    expect(allocate('Search dialog title')).toBe('search-dialog-title-2')
    expect(allocate('Contenu')).toBe('contenu-2')
  })
})
