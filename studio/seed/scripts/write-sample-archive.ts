import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { writeExportArchive } from '@weshare/content/testing'

/*
 * `npm run seed:archive -w @weshare/studio [-- --out <file.tar.gz>]`: writes the sample dataset as
 * the archive `sanity dataset export` would write (data.ndjson, images/, assets.json), to build
 * or test from an export: `SANITY_DATASET_FILE=<file.tar.gz> npm run build`.
 */

const seedDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: { out: { type: 'string', default: resolve(seedDir, 'sample-export.tar.gz') } },
})
const outFile = resolve(process.env.INIT_CWD ?? process.cwd(), values.out)
const { images } = await writeExportArchive({ ndjsonFile: resolve(seedDir, 'sample.ndjson'), outFile })
console.log(
  `Wrote ${relative(process.cwd(), outFile) || outFile}: data.ndjson, assets.json and ${images.length} images.`,
)
