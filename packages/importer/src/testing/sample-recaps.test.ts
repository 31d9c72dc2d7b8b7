import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { SAMPLE_RECAPS } from './sample-recaps.ts'

test.each(SAMPLE_RECAPS)(
  'the committed $layout recap is what the sample dataset renders to (else run npm run fixtures -w @weshare/importer)',
  (recap) => {
    expect(readFileSync(recap.file, 'utf8')).toBe(recap.render())
  },
)
