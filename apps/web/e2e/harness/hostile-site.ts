import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { readDataset } from './dataset.ts'
import { buildSiteFrom } from './site.ts'

/** Markup, quotes and script URLs in every text field and link a page shows. */
export const HOSTILE_DATASET = fileURLToPath(new URL('../fixtures/hostile.ndjson', import.meta.url))

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the site built from HOSTILE_DATASET for this run. */
    hostileSite: string
  }
}

/**
 * Global setup of the browser tests: builds the site from the hostile fixture once for the whole run,
 * for every test file that checks it, and removes it after the run. The dataset is read first, so that
 * a broken fixture fails with a clear message rather than a failed build.
 */
export default async function buildHostileSite(project: TestProject): Promise<() => Promise<void>> {
  await readDataset(HOSTILE_DATASET)
  const built = await buildSiteFrom(HOSTILE_DATASET)
  project.provide('hostileSite', built.dir)
  return built.remove
}
