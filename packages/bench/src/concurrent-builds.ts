import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { relative } from 'node:path'

/*
 * Two builds of apps/web at once share apps/web/.astro (Astro writes its prerender chunks there),
 * so one can delete the chunks the other is about to import ("Cannot find module
 * …/.astro/.prerender/chunks/…"), and both skew each other's timings. The benchmark cannot prevent
 * it; it says so before it starts and when a build fails that way.
 */

export interface OtherBuild {
  pid: number
  command: string
}

/** Processes other than `ownPids` running Astro, Vite or vitest inside `webRoot`. */
export function otherBuildsIn(webRoot: string, ownPids: ReadonlySet<number> = new Set([process.pid])): OtherBuild[] {
  const found: OtherBuild[] = []
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid) || ownPids.has(pid)) continue
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`)
      if (relative(webRoot, cwd).startsWith('..')) continue
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()
      if (/\b(astro|vitest|vite)\b|scripts\/build\.ts/.test(command)) found.push({ pid, command })
    } catch {
      // Ended meanwhile, or not ours to read.
    }
  }
  return found
}

/** The failure one build inflicts on another when they share apps/web/.astro. */
export function isSharedCacheFailure(output: string): boolean {
  return /Cannot find module '[^']*\/\.astro\//.test(output)
}
