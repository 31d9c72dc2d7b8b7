import { spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const studioDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Runs the Sanity CLI in the Studio folder; throws with its output when it fails. */
export function sanity(args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync('npx', ['sanity', ...args], {
    cwd: studioDir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    throw new Error(`\`sanity ${args.join(' ')}\` failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}
