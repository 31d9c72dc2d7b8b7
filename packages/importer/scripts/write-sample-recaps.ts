// Writes the sample session as archived recaps (fixtures/sample-recap.txt, .md, .html) for the importer's
// tests. Run it after changing the sample dataset or the layout: npm run fixtures -w @weshare/importer
import { writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SAMPLE_RECAPS } from '../src/testing/sample-recaps.ts'

for (const recap of SAMPLE_RECAPS) {
  writeFileSync(recap.file, recap.render())
  console.log(`wrote ${relative(process.cwd(), fileURLToPath(recap.file))}`)
}
