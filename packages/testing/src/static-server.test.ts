import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { serveStatic, type StaticServer } from './static-server.ts'

/** A raw GET, so that paths reach the server exactly as written (fetch would normalise `..`). */
function get(base: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(base)
    request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '', body }),
      )
    })
      .on('error', fail)
      .end()
  })
}

describe('the static server the browser tests use', () => {
  let root: string
  let server: StaticServer
  beforeAll(async () => {
    const parent = await mkdtemp(join(tmpdir(), 'weshare-static-'))
    root = join(parent, 'dist')
    await mkdir(join(root, 'talks/mimir'), { recursive: true })
    await mkdir(join(root, 'pagefind'), { recursive: true })
    await writeFile(join(parent, 'secret.txt'), 'outside the site')
    await writeFile(join(root, 'index.html'), '<h1>home</h1>')
    await writeFile(join(root, 'talks/mimir/index.html'), '<h1>mimir</h1>')
    await writeFile(join(root, '404.html'), '<h1>introuvable</h1>')
    await writeFile(join(root, 'pagefind/en_1.pf_meta'), 'binary')
    server = await serveStatic(root)
  })
  afterAll(async () => {
    await server.close()
    await rm(join(root, '..'), { recursive: true, force: true })
  })

  test('serves a folder URL with its index.html as HTML', async () => {
    expect(await get(server.url, '/talks/mimir/')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<h1>mimir</h1>',
    })
  })

  test("serves Pagefind's index chunks as binary", async () => {
    expect(await get(server.url, '/pagefind/en_1.pf_meta')).toMatchObject({
      status: 200,
      type: 'application/octet-stream',
    })
  })

  test('answers a missing page with the site 404 page and status 404, and lists no folder', async () => {
    expect(await get(server.url, '/nope/')).toMatchObject({ status: 404, body: '<h1>introuvable</h1>' })
    expect(await get(server.url, '/talks/')).toMatchObject({ status: 404, body: '<h1>introuvable</h1>' })
    expect((await get(server.url, '/talks/mimir')).status).toBe(404)
  })

  test('never serves a file outside the site folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/talks/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const response = await get(server.url, path)
      expect(response.body, path).not.toContain('outside the site')
    }
    expect((await get(server.url, '/talks/..%2f..%2fsecret.txt')).status).toBe(400)
  })
})

describe('serveStatic with gzip', () => {
  test('sends text gzipped when the browser accepts it, and other files as they are', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'weshare-gzip-'))
    await writeFile(join(dir, 'index.html'), '<p>bonjour</p>'.repeat(200))
    await writeFile(join(dir, 'chunk.pf_fragment'), 'opaque')
    const server = await serveStatic(dir, { gzip: true })
    try {
      const page = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } })
      expect(page.headers.get('content-encoding')).toBe('gzip')
      expect(await page.text()).toBe('<p>bonjour</p>'.repeat(200))
      const chunk = await fetch(`${server.url}/chunk.pf_fragment`, { headers: { 'accept-encoding': 'gzip' } })
      expect(chunk.headers.get('content-encoding')).toBeNull()
    } finally {
      await server.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('serveStatic with revalidate', () => {
  test('answers an unchanged file with 304 and a changed one in full', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'weshare-etag-'))
    await writeFile(join(dir, 'meta.pf_meta'), 'version 1')
    const server = await serveStatic(dir, { revalidate: true })
    try {
      const first = await fetch(`${server.url}/meta.pf_meta`)
      const etag = first.headers.get('etag') ?? ''
      expect([first.status, first.headers.get('cache-control'), await first.text()]).toEqual([
        200,
        'no-cache',
        'version 1',
      ])
      const again = await fetch(`${server.url}/meta.pf_meta`, { headers: { 'if-none-match': etag } })
      expect([again.status, await again.text()]).toEqual([304, ''])
      await writeFile(join(dir, 'meta.pf_meta'), 'version 2, longer')
      const changed = await fetch(`${server.url}/meta.pf_meta`, { headers: { 'if-none-match': etag } })
      expect([changed.status, await changed.text()]).toEqual([200, 'version 2, longer'])
    } finally {
      await server.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
