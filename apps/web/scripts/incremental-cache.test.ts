import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { closeIncrementalCache, codeFingerprint, markRendering, openIncrementalCache } from './incremental-cache.ts'

const work = await mkdtemp(join(tmpdir(), 'weshare-incremental-cache-'))
afterAll(() => rm(work, { recursive: true, force: true }))

let folders = 0
/** A cache folder holding what a finished build by `code` left: a manifest and a page. */
async function finishedBuild(code: string): Promise<string> {
  const cacheDir = join(work, `cache-${++folders}`)
  await openIncrementalCache(cacheDir, { code, full: false })
  await startRendering(cacheDir)
  await writeFile(join(cacheDir, 'incremental-build.json'), '{}')
  await closeIncrementalCache(cacheDir)
  return cacheDir
}

/** What Astro does once the content is synced: run the astro:build:start hooks. */
async function startRendering(cacheDir: string): Promise<void> {
  const hook = markRendering(cacheDir).hooks['astro:build:start'] as () => Promise<void>
  await hook()
}

describe('the state a build leaves for the next', () => {
  test('is kept for a build by the same code', async () => {
    const cacheDir = await finishedBuild('code A')
    expect(await openIncrementalCache(cacheDir, { code: 'code A', full: false })).toBeNull()
    expect(existsSync(join(cacheDir, 'incremental-build.json'))).toBe(true)
  })

  test("keeps Astro's page copies but not its content store, which every build loads afresh", async () => {
    const cacheDir = await finishedBuild('code A')
    await writeFile(join(cacheDir, 'data-store.json'), '[]')
    await openIncrementalCache(cacheDir, { code: 'code A', full: false })
    expect(existsSync(join(cacheDir, 'data-store.json'))).toBe(false)
    expect(existsSync(join(cacheDir, 'incremental-build.json'))).toBe(true)
  })

  test('is discarded when the code changed', async () => {
    const cacheDir = await finishedBuild('code A')
    expect(await openIncrementalCache(cacheDir, { code: 'code B', full: false })).toBe(
      'the code changed since the last build',
    )
    expect(existsSync(join(cacheDir, 'incremental-build.json'))).toBe(false)
  })

  test('is kept when the last build failed before rendering (a content error)', async () => {
    const cacheDir = await finishedBuild('code A')
    await openIncrementalCache(cacheDir, { code: 'code A', full: false })
    // Astro stopped during the content sync: astro:build:start never ran.
    expect(await openIncrementalCache(cacheDir, { code: 'code A', full: false })).toBeNull()
    expect(existsSync(join(cacheDir, 'incremental-build.json'))).toBe(true)
  })

  test('is discarded when the last build did not finish rendering', async () => {
    const cacheDir = await finishedBuild('code A')
    await openIncrementalCache(cacheDir, { code: 'code A', full: false })
    await startRendering(cacheDir)
    await writeFile(join(cacheDir, 'incremental-build.json'), '{}')
    // No closeIncrementalCache(): Astro was killed or failed while it rendered.
    expect(await openIncrementalCache(cacheDir, { code: 'code A', full: false })).toBe(
      'the last build did not finish rendering',
    )
    expect(existsSync(join(cacheDir, 'incremental-build.json'))).toBe(false)
  })

  test('is discarded for a full build', async () => {
    const cacheDir = await finishedBuild('code A')
    expect(await openIncrementalCache(cacheDir, { code: 'code A', full: true })).toMatch(/--full/)
    expect(existsSync(join(cacheDir, 'incremental-build.json'))).toBe(false)
  })

  test('does not exist before the first build', async () => {
    expect(await openIncrementalCache(join(work, 'never-built'), { code: 'code A', full: false })).toBe(
      'there is no previous build to this destination',
    )
  })
})

describe('the code fingerprint', () => {
  const repo = join(work, 'repo')
  const web = join(repo, 'apps', 'web')
  const write = async (path: string, text: string) => {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text)
  }

  test('changes with any file of the site or of a workspace package it depends on, and only with those', async () => {
    await write(join(web, 'package.json'), JSON.stringify({ dependencies: { '@weshare/schema': '*', astro: '7.3.5' } }))
    await write(join(web, 'src', 'pages', 'index.astro'), '<h1>Accueil</h1>')
    await write(join(repo, 'packages', 'schema', 'package.json'), JSON.stringify({ dependencies: {} }))
    await write(join(repo, 'packages', 'schema', 'src', 'talk.ts'), 'export const formats = ["quickie"]')
    await write(join(repo, 'packages', 'bench', 'src', 'cli.ts'), 'console.log("banc")')
    await mkdir(join(repo, 'node_modules', '@weshare'), { recursive: true })
    await symlink(join(repo, 'packages', 'schema'), join(repo, 'node_modules', '@weshare', 'schema'))
    const initial = await codeFingerprint(web)

    await write(join(web, 'dist', 'index.html'), '<h1>Accueil</h1>')
    await write(join(web, 'dist.previous', 'index.html'), '<h1>Accueil</h1>')
    await write(join(web, '.staging', 'abc', 'dist', 'index.html'), '<h1>Accueil</h1>')
    await write(join(web, 'node_modules', '.astro', 'data-store.json'), '[]')
    await write(join(repo, 'packages', 'bench', 'src', 'cli.ts'), 'console.log("autre banc")')
    expect(await codeFingerprint(web), 'build output, caches and packages the site does not use').toBe(initial)

    await write(join(repo, 'packages', 'schema', 'src', 'talk.ts'), 'export const formats = ["quickie", "rex"]')
    const afterSchema = await codeFingerprint(web)
    expect(afterSchema, 'a file of a workspace package the site depends on').not.toBe(initial)

    await write(join(web, 'src', 'pages', 'index.astro'), '<h1>Bienvenue</h1>')
    expect(await codeFingerprint(web), 'a file of the site').not.toBe(afterSchema)
  })
})
