import { existsSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { startTags, srcsetUrls } from './harness/html.ts'
import { builtSite, filesOf, routeOf, SITE_URL } from './harness/site.ts'

/** Attributes that make the browser follow or fetch a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data']

interface PageLinks {
  route: string
  ids: Set<string>
  urls: Array<{ tag: string; attribute: string; value: string }>
}

let dist: string
const pages = new Map<string, PageLinks>()

beforeAll(async () => {
  dist = builtSite()
  for (const file of (await filesOf(dist)).filter((path) => path.endsWith('.html'))) {
    const route = routeOf(dist, file)
    const ids = new Set<string>()
    const urls: PageLinks['urls'] = []
    for (const { name, attributes } of startTags(await readFile(file, 'utf8'))) {
      const id = attributes.get('id') ?? (name === 'a' ? attributes.get('name') : undefined)
      if (id !== undefined) ids.add(id)
      for (const attribute of URL_ATTRIBUTES) {
        const value = attributes.get(attribute)
        if (value !== undefined) urls.push({ tag: name, attribute, value })
      }
      const srcset = attributes.get('srcset')
      if (srcset) urls.push(...srcsetUrls(srcset).map((value) => ({ tag: name, attribute: 'srcset', value })))
    }
    pages.set(route, { route, ids, urls })
  }
})

const siteOrigin = new URL(SITE_URL).origin

/** The file a site path is served from, or why it is not served. */
function target(pathname: string): { file?: string; problem?: string } {
  const file = join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
  if (existsSync(file) && statSync(file).isFile()) return { file }
  if (!pathname.endsWith('/') && existsSync(join(dist, pathname, 'index.html'))) {
    return { problem: `lacks its trailing slash (the page is ${pathname}/)` }
  }
  return { problem: 'points to no file of the build' }
}

/** Resolves a link of `route` and keeps it when it stays on the site. */
function internal(route: string, value: string): URL | undefined {
  let url: URL
  try {
    url = new URL(value.trim(), `${SITE_URL}${route}`)
  } catch {
    return undefined
  }
  return url.origin === siteOrigin ? url : undefined
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

describe('links of the built site', () => {
  test('every link and resource on the site points to a built file', () => {
    const broken: string[] = []
    for (const { route, urls } of pages.values()) {
      for (const { tag, attribute, value } of urls) {
        const url = internal(route, value)
        if (!url) continue
        const pathname = decode(url.pathname)
        const { problem } = target(pathname)
        if (problem) broken.push(`${route}: <${tag} ${attribute}="${value}"> ${problem}`)
      }
    }
    expect(broken, `broken links:\n${broken.join('\n')}`).toEqual([])
  })

  test('every link to a #fragment points to an element with that id on the target page', () => {
    const broken: string[] = []
    for (const { route, urls } of pages.values()) {
      for (const { tag, attribute, value } of urls) {
        const url = internal(route, value)
        if (!url || url.hash.length <= 1 || (!url.pathname.endsWith('/') && !url.pathname.endsWith('.html'))) continue
        const pathname = decode(url.pathname)
        const page = pages.get(pathname)
        if (!page) continue // a missing page is the other test's failure
        const id = decode(url.hash.slice(1))
        if (!page.ids.has(id))
          broken.push(`${route}: <${tag} ${attribute}="${value}"> but ${pathname} has no element with id "${id}"`)
      }
    }
    expect(broken, `links to missing fragments:\n${broken.join('\n')}`).toEqual([])
  })
})
