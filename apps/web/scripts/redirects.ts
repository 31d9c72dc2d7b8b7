import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isPreviewBuild } from '@weshare/content/preview-mode'

/*
 * Former addresses of pages (a slug changed after publishing) keep working in two ways: a small
 * HTML page at each former path, which any static host serves and which sends browsers on with a
 * meta refresh; and a `_redirects` file, in the format Netlify and Cloudflare Pages read
 * (`/from /to 301`, https://docs.netlify.com/routing/redirects/), for hosts and servers that answer
 * with a real 301. Redirect pages are written after Astro, so they are in no sitemap, and carry no
 * `data-pagefind-body`, so they are in no search index.
 */

/** A former address of a page and where it now lives. */
export interface Redirect {
  from: string
  to: string
  status: number
}

/** What Astro writes (src/pages/former-paths.json.ts) for this step; removed once used. */
export const FORMER_PATHS_FILE = 'former-paths.json'
export const REDIRECTS_FILE = '_redirects'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The page left at a former address; a preview's says nofollow too, like every preview page. */
export function redirectPage(to: string, canonical: string, robots = 'noindex'): string {
  const href = escapeHtml(to)
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Cette page a changé d'adresse</title>
<meta name="robots" content="${robots}">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${escapeHtml(canonical)}">
</head>
<body>
<p>Cette page a changé d'adresse : <a href="${href}">${href}</a>.</p>
</body>
</html>
`
}

/** `_redirects` text: one `from to status` line per redirect. */
export function formatRedirects(redirects: ReadonlyArray<Redirect>): string {
  return redirects.map(({ from, to, status }) => `${from} ${to} ${status}\n`).join('')
}

/** Reads `_redirects` text; blank lines and `#` comments are skipped, a missing status is 301. */
export function parseRedirects(text: string, source = REDIRECTS_FILE): Redirect[] {
  const redirects: Redirect[] = []
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const [from, to, status = '301', ...rest] = line.split(/\s+/)
    const code = Number(status.replace(/!$/, ''))
    if (!from?.startsWith('/') || !to || rest.length > 0 || !Number.isInteger(code) || code < 300 || code > 399) {
      throw new Error(
        `${source} line ${index + 1} ("${line}") is not "/from /to 301": each line holds a site path, ` +
          'its destination and a 3xx status. Rebuild the site, or fix the line by hand.',
      )
    }
    redirects.push({ from, to: to, status: code })
  }
  return redirects
}

/**
 * The redirects of a built site, read from its `_redirects` file: what a server publishing the site
 * answers with a 301. A site built without any former address has none.
 */
export async function readSiteRedirects(siteDir: string): Promise<Redirect[]> {
  const file = join(siteDir, REDIRECTS_FILE)
  if (!existsSync(file)) return []
  return parseRedirects(await readFile(file, 'utf8'), file)
}

/** Turns what Astro wrote in `former-paths.json` into redirect pages and `_redirects`. */
export async function publishRedirects(siteDir: string): Promise<number> {
  const manifest = join(siteDir, FORMER_PATHS_FILE)
  if (!existsSync(manifest)) {
    throw new Error(
      `${manifest} is missing: Astro did not render src/pages/former-paths.json.ts, which lists the redirects. Build again.`,
    )
  }
  const { site, redirects } = JSON.parse(await readFile(manifest, 'utf8')) as {
    site: string | null
    redirects: Array<Omit<Redirect, 'status'>>
  }
  const robots = isPreviewBuild() ? 'noindex, nofollow' : 'noindex'
  for (const { from, to } of redirects) {
    // Former slugs passed the slug pattern when loaded: a path is plain segments, nothing to decode.
    const page = join(siteDir, ...from.split('/').filter(Boolean), 'index.html')
    if (existsSync(page)) {
      throw new Error(
        `The former address ${from} of ${to} is also a page of the site: the redirect would replace it. ` +
          'Remove that former slug in the Studio (field "Anciens slugs"), publish, and build again.',
      )
    }
    await mkdir(join(page, '..'), { recursive: true })
    await writeFile(page, redirectPage(to, site ? new URL(to, site).href : to, robots))
  }
  await writeFile(
    join(siteDir, REDIRECTS_FILE),
    formatRedirects(redirects.map((redirect) => ({ ...redirect, status: 301 }))),
  )
  await rm(manifest)
  return redirects.length
}
