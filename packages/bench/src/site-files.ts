import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Every file below `dir`, recursively. */
async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
}

/** What a build wrote: HTML pages, and bytes on disk of the whole site and of its search index. */
export interface SiteFiles {
  pages: number
  outputBytes: number
  indexBytes: number
}

export async function siteFiles(siteDir: string): Promise<SiteFiles> {
  const files = await filesOf(siteDir)
  const sizes = await Promise.all(files.map(async (file) => ({ file, bytes: (await stat(file)).size })))
  const indexDir = join(siteDir, 'pagefind')
  return {
    pages: files.filter((file) => file.endsWith('.html')).length,
    outputBytes: sizes.reduce((sum, { bytes }) => sum + bytes, 0),
    indexBytes: sizes.filter(({ file }) => file.startsWith(indexDir + '/')).reduce((sum, { bytes }) => sum + bytes, 0),
  }
}
