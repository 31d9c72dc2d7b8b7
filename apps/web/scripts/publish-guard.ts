import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { ContentError } from '@weshare/content'

/** Set to 1 (or pass --allow-shrink) to publish a site with far fewer talks than the one it replaces. */
export const ALLOW_SHRINK_VARIABLE = 'ALLOW_SITE_SHRINK'

/** Whether ALLOW_SITE_SHRINK allows a shrinking site: 1 yes, 0 or unset no, anything else is an error. */
export function allowShrinkFromEnv(env: Partial<Record<string, string | undefined>> = process.env): boolean {
  const value = env[ALLOW_SHRINK_VARIABLE]?.trim()
  if (value === undefined || value === '' || value === '0') return false
  if (value === '1') return true
  throw new ContentError(
    `${ALLOW_SHRINK_VARIABLE}=${JSON.stringify(value.slice(0, 20))} is neither 1 nor 0. Set it to 1 to publish a site with far fewer talks than the published one, or unset it.`,
  )
}

/** Talk pages of a built site: one folder with an index.html per talk under talks/. */
export async function talkPages(site: string): Promise<number> {
  const talks = join(site, 'talks')
  if (!existsSync(talks)) return 0
  const entries = await readdir(talks, { withFileTypes: true })
  return entries.filter((entry) => entry.isDirectory() && existsSync(join(talks, entry.name, 'index.html'))).length
}

/**
 * Stops a build that would replace the published site with one that has no talk, or fewer than
 * half of the published talks: the usual sign of a wrong source (an empty dataset, the wrong
 * project), not of a real deletion. A real one passes with the override.
 */
export async function checkShrink(published: string, staged: string, allowed: boolean): Promise<string | undefined> {
  const before = await talkPages(published)
  if (before === 0) return undefined
  const after = await talkPages(staged)
  if (after > 0 && after * 2 >= before) return undefined
  const what = after === 0 ? 'no talk at all' : `${after} talks, fewer than half`
  if (allowed)
    return `Publishing ${what} over the ${before} talks of ${published}, as ${ALLOW_SHRINK_VARIABLE} or --allow-shrink asks.`
  throw new ContentError(
    `The new site has ${what} of the ${before} talks published in ${published}: this looks like a wrong or empty content source, not a deletion, so nothing was published. ` +
      `Check the content source named on the first line of this build. If the talks really were deleted, build again with --allow-shrink or ${ALLOW_SHRINK_VARIABLE}=1.`,
  )
}
