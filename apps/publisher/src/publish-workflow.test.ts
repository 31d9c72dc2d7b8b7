import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '@weshare/content'
import { DOCUMENT_TYPES } from '@weshare/schema'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'

/*
 * The hosted alternative to the publisher: .github/workflows/publish.yml, and the webhook that
 * docs/deploy.md tells teams to create for it. Nothing here runs on GitHub; these checks catch a
 * workflow that no longer parses, or that runs a script, a workspace or a task that is gone.
 */

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: { push?: unknown; repository_dispatch?: { types?: string[] } }
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean }
  jobs: Record<string, { steps: Step[] }>
}

const workflow = parse(readFileSync(join(REPO_ROOT, '.github/workflows/publish.yml'), 'utf8')) as Workflow
const deployDoc = readFileSync(join(REPO_ROOT, 'docs/deploy.md'), 'utf8')
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)

type Manifest = { name: string; scripts?: Record<string, string>; workspaces?: string[] }
const readManifest = (dir: string) => JSON.parse(readFileSync(join(REPO_ROOT, dir, 'package.json'), 'utf8')) as Manifest
const root = readManifest('.')
/** Every workspace, found from the root's `workspaces` globs (`apps/*`, `studio`). */
const workspaces = new Map(
  (root.workspaces ?? [])
    .flatMap((pattern) =>
      pattern.endsWith('/*')
        ? readdirSync(join(REPO_ROOT, pattern.slice(0, -2)), { withFileTypes: true })
            .filter(
              (entry) =>
                entry.isDirectory() && existsSync(join(REPO_ROOT, pattern.slice(0, -2), entry.name, 'package.json')),
            )
            .map((entry) => join(pattern.slice(0, -2), entry.name))
        : [pattern],
    )
    .map((dir) => {
      const manifest = readManifest(dir)
      return [manifest.name, manifest] as const
    }),
)

/** Why a command of a `run:` step would fail on the runner, or undefined when it would run. */
function missing(command: string): string | undefined {
  const words = command.trim().split(/\s+/)
  const workspaceOf = (flag: string) =>
    words.find((word) => word.startsWith(`${flag}=`))?.slice(flag.length + 1) ?? words[words.indexOf(flag) + 1]
  if (words[0] === 'npm' && words[1] === 'ci') return undefined
  if (words[0] === 'npm' && words[1] === 'run') {
    const name = words[2] ?? ''
    const workspace =
      words.includes('-w') || words.some((word) => word.startsWith('-w=')) ? workspaceOf('-w') : undefined
    const manifest = workspace === undefined ? root : workspaces.get(workspace)
    if (!manifest) return `no workspace ${workspace}`
    return manifest.scripts?.[name] ? undefined : `no script "${name}" in ${manifest.name}`
  }
  if (words[0] === 'npx' && words[1] === 'turbo' && words[2] === 'run') {
    const task = words[3] ?? ''
    const filter = workspaceOf('--filter')
    const manifest = filter ? workspaces.get(filter) : undefined
    if (!manifest) return `no workspace ${filter} to filter on`
    return manifest.scripts?.[task] ? undefined : `no script "${task}" in ${manifest.name}`
  }
  return 'a command this check does not know: add it to missing() if the runner has it'
}

describe('the publish workflow', () => {
  test('runs only commands whose scripts, workspaces and tasks exist', () => {
    const commands = steps.flatMap((step) => (step.run ?? '').split('\n').filter((line) => line.trim() !== ''))
    expect(commands.length).toBeGreaterThan(0)
    expect(commands.map((command) => [command, missing(command)])).toEqual(
      commands.map((command) => [command, undefined]),
    )
  })

  test('uses actions at a pinned major version', () => {
    const actions = steps.flatMap((step) => (step.uses ? [step.uses] : []))
    expect(actions).toEqual(expect.arrayContaining(['actions/checkout@v5', 'actions/deploy-pages@v4']))
    for (const action of actions) expect(action).toMatch(/^[\w-]+\/[\w-]+@v\d+$/)
  })

  test('builds on push and on the event the Sanity webhook sends, one run at a time with one waiting', () => {
    expect(workflow.on.push).toBeTruthy()
    const [eventType] = workflow.on.repository_dispatch?.types ?? []
    expect(eventType).toBeTruthy()
    expect(deployDoc).toContain(`"event_type": "${eventType}"`)
    expect(workflow.concurrency).toEqual({ group: expect.any(String), 'cancel-in-progress': false })
  })

  test('deploys the folder the site build writes', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))
    expect(upload?.with?.path).toBe('apps/web/dist')
    expect(readFileSync(join(REPO_ROOT, 'apps/web/scripts/build.ts'), 'utf8')).toContain(
      "join(root, args.preview ? PREVIEW_DIST : 'dist')",
    )
  })
})

describe('the webhook docs/deploy.md describes', () => {
  test('fires on exactly the document types the site publishes', () => {
    const filters = [...deployDoc.matchAll(/_type in \[([^\]]+)\]/g)].map((match) =>
      (match[1] ?? '').split(',').map((type) => type.trim().replace(/^"|"$/g, '')),
    )
    expect(filters.length).toBeGreaterThan(0)
    for (const types of filters) expect(types.sort()).toEqual([...DOCUMENT_TYPES].sort())
  })
})
