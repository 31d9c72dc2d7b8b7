import { spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DatasetFileSource, isContentError, loadContent } from '@weshare/content'

/*
 * `npm run seed:import [-- --dry-run] [--file <ndjson>] [--missing]`: checks a dataset file with
 * the site's own validation, then imports it into the Sanity project named by the environment
 * (see docs/sanity-project.md). With --dry-run nothing leaves this machine.
 */

const studioDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        'dry-run': { type: 'boolean', default: false },
        file: { type: 'string', default: resolve(studioDir, 'seed/sample.ndjson') },
        missing: { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    return fail(
      `${(error as Error).message}. Usage: npm run seed:import -- [--dry-run] [--file <dataset.ndjson>] [--missing]`,
    )
  }
})()

const file = resolve(process.env.INIT_CWD ?? process.cwd(), values.file)
let source: DatasetFileSource
try {
  source = await DatasetFileSource.fromFile(file)
  const { summary, warnings } = await loadContent(source)
  console.log(summary)
  for (const warning of warnings)
    console.log(`  warning: ${warning.subject.type} ${warning.subject.id}: ${warning.message}`)
} catch (error) {
  if (isContentError(error)) fail(`${error.message}\nNothing was imported.`)
  throw error
}

const projectId = process.env.SANITY_STUDIO_PROJECT_ID
const dataset = process.env.SANITY_STUDIO_DATASET
const token = process.env.SANITY_AUTH_TOKEN
const mode = values.missing ? '--missing' : '--replace'

if (values['dry-run']) {
  console.log(
    `Dry run: ${file} is valid. Without --dry-run it would be imported with \`sanity dataset import ${mode}\`` +
      ` into project ${projectId ?? '<SANITY_STUDIO_PROJECT_ID>'}, dataset ${dataset ?? '<SANITY_STUDIO_DATASET>'}.`,
  )
  process.exit(0)
}

const missing = [
  ['SANITY_STUDIO_PROJECT_ID', projectId],
  ['SANITY_STUDIO_DATASET', dataset],
  ['SANITY_AUTH_TOKEN', token],
].filter(([, value]) => !value)
if (missing.length > 0) {
  fail(
    `Cannot import: ${missing.map(([name]) => name).join(', ')} not set. Set the project id and dataset of your Sanity project ` +
      'and a token with write access (sanity.io/manage → API → Tokens, role Editor); see docs/sanity-project.md. ' +
      'Use --dry-run to check the file without importing.',
  )
}

const result = spawnSync(
  'npx',
  ['sanity', 'dataset', 'import', file, '--dataset', dataset!, '--project-id', projectId!, mode],
  {
    cwd: studioDir,
    stdio: 'inherit',
    env: { ...process.env, SANITY_IMPORT_TOKEN: token },
  },
)
process.exit(result.status ?? 1)
