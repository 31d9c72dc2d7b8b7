import { readFileSync } from 'node:fs'
import { DatasetDocumentSchema } from '@weshare/schema'
import type { DatasetDocument } from '@weshare/schema'
import { INPUT_FORMATS } from '../detect-format.ts'
import type { InputFormat } from '../detect-format.ts'
import { RECAP_EXTENSIONS, renderRecap } from './render-recap.ts'

/** The sample dataset of the Studio, which the site builds from by default. */
const SAMPLE_DATASET = new URL('../../../../studio/seed/sample.ndjson', import.meta.url)

/** The documents of the sample dataset, checked by the zod schemas. */
export function sampleDocuments(): DatasetDocument[] {
  return readFileSync(SAMPLE_DATASET, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = DatasetDocumentSchema.safeParse(JSON.parse(line))
      if (!parsed.success) {
        throw new Error(`studio/seed/sample.ndjson line ${index + 1} is not a valid document: ${parsed.error.message}`)
      }
      return parsed.data
    })
}

/** The sample session written as an archived recap, one file per layout the importer reads. */
export interface SampleRecap {
  layout: InputFormat
  /** Where the rendering is committed, so that a change of the sample or of the layout shows in review. */
  file: URL
  /** What `npm run fixtures -w @weshare/importer` writes there from the sample dataset. */
  render: () => string
}

export const SAMPLE_RECAPS: SampleRecap[] = INPUT_FORMATS.map((layout) => ({
  layout,
  file: new URL(`../../fixtures/sample-recap.${RECAP_EXTENSIONS[layout]}`, import.meta.url),
  render: () => renderRecap(sampleDocuments(), layout),
}))
