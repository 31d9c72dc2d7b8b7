import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SAMPLE_DATASET_FILE } from '@weshare/content'
import { SAMPLE_RECAPS, sampleDocuments } from '@weshare/importer/testing'
import type { Session } from '@weshare/schema'
import { afterAll, describe, expect, test } from 'vitest'
import { copySampleImages } from './harness/sample-images.ts'
import { WEB_ROOT, datasetFileEnv, runBuild } from './harness/site.ts'

const work = mkdtempSync(join(tmpdir(), 'weshare-publish-'))
const repoRoot = resolve(WEB_ROOT, '../..')
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('publishing', () => {
  test(
    'a failed build reports the content problem and leaves the previously published site untouched',
    { timeout: 180_000 },
    async () => {
      const out = join(work, 'site')
      const good = await runBuild(out, datasetFileEnv(SAMPLE_DATASET_FILE))
      expect(good.code, good.output).toBe(0)
      const before = readdirSync(out, { recursive: true }).sort()
      const home = readFileSync(join(out, 'index.html'), 'utf8')

      // Beside its images, so that the one problem of this dataset is its format.
      await copySampleImages(work)
      const broken = join(work, 'broken.ndjson')
      writeFileSync(
        broken,
        readFileSync(SAMPLE_DATASET_FILE, 'utf8').replace('"format":"quickie"', '"format":"pas-un-format"'),
      )
      const failed = await runBuild(out, datasetFileEnv(broken))
      expect(failed.code).not.toBe(0)
      expect(failed.output).toMatch(
        /ERREUR Talk "[a-z0-9-]+" \(id talk-[a-z0-9-]+\) · format : "pas-un-format" n'est pas un format connu/,
      )
      expect(failed.output).toContain('is unchanged')
      expect(readdirSync(out, { recursive: true }).sort()).toEqual(before)
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(home)
      expect(existsSync(`${out}.previous`)).toBe(false)
    },
  )

  test(
    'the sample session written as an archived recap, converted by `import:recap`, builds into a site with its talks',
    { timeout: 180_000 },
    async () => {
      const sample = sampleDocuments()
      const session = sample.find((document): document is Session => document._type === 'session')!
      const recap = fileURLToPath(SAMPLE_RECAPS.find((item) => item.layout === 'text')!.file)
      const dataset = join(work, 'imported.ndjson')
      const converted = spawnSync(
        process.execPath,
        [
          'packages/importer/src/cli.ts',
          recap,
          '--dates',
          session.dates.join(','),
          '--with-site-settings',
          '--out',
          dataset,
        ],
        { cwd: repoRoot, encoding: 'utf8' },
      )
      expect(converted.status, converted.stderr).toBe(0)
      const out = join(work, 'imported')
      const built = await runBuild(out, datasetFileEnv(dataset))
      expect(built.code, built.output).toBe(0)
      expect(readdirSync(join(out, 'talks'))).toHaveLength(session.talks.length)
      expect(readFileSync(join(out, 'talks', 'kafka-explique-au-grumpy-cat', 'index.html'), 'utf8')).toMatch(
        /Joachim[\s\S]*Stéphane/,
      )
    },
  )
})
