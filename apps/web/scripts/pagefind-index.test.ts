import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { CHUNK_SIZE_VARIABLE, chunkSize, indexSite } from './pagefind-index.ts'

const work = await mkdtemp(join(tmpdir(), 'weshare-pagefind-index-'))
afterAll(() => rm(work, { recursive: true, force: true }))

let sites = 0
/** A site of three indexed pages of 1,500 words each: 4,500 word positions in all. */
async function site(): Promise<string> {
  const dir = join(work, `site-${++sites}`)
  for (const page of ['un', 'deux', 'trois']) {
    const words = Array.from({ length: 1500 }, (_, index) => `mot${page}${index % 500}`).join(' ')
    await mkdir(join(dir, page), { recursive: true })
    await writeFile(
      join(dir, page, 'index.html'),
      `<!doctype html><html lang="fr"><head><title>${page}</title></head><body><main data-pagefind-body><h1>${page}</h1><p>${words}</p></main></body></html>`,
    )
  }
  return dir
}

const chunkFiles = async (dir: string) => (await readdir(join(dir, 'pagefind', 'index'))).length

describe('the word index of a site', () => {
  test('is cut into chunks of twice as many word positions as the site has HTML files, 1,000 at least', () => {
    expect(chunkSize(3)).toBe(1000)
    expect(chunkSize(1250)).toBe(2500)
    expect(chunkSize(12_500)).toBe(25_000)
  })

  test('reaches Pagefind, whose chunks follow the size: several for a small site, one at its default', async () => {
    const chosen = await site()
    expect((await indexSite(chosen)).pages).toBe(3)
    expect(await chunkFiles(chosen)).toBeGreaterThanOrEqual(4)
    expect(process.env[CHUNK_SIZE_VARIABLE], 'the variable is set for the index only').toBeUndefined()

    process.env[CHUNK_SIZE_VARIABLE] = '20000'
    try {
      const kept = await site()
      await indexSite(kept)
      expect(await chunkFiles(kept)).toBe(1)
      expect(process.env[CHUNK_SIZE_VARIABLE], 'a value from the environment is kept').toBe('20000')
    } finally {
      delete process.env[CHUNK_SIZE_VARIABLE]
    }
  })
})
