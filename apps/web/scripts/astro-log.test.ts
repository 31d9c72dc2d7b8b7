import type { AstroLoggerMessage } from 'astro'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import astroLog, { astroLogRecord, closeAstroLog, releaseHeldErrors } from './astro-log.ts'
import { bugReport } from './failure-report.ts'

const message = (level: AstroLoggerMessage['level'], label: string | null, text: string): AstroLoggerMessage => ({
  level,
  label,
  message: text,
  newLine: true,
})

let written: string[]

beforeEach(() => {
  const record = astroLogRecord()
  record.held.length = 0
  record.closed = false
  written = []
  const capture = (chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  }
  vi.spyOn(process.stdout, 'write').mockImplementation(capture)
  vi.spyOn(process.stderr, 'write').mockImplementation(capture)
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe("the build's log of Astro", () => {
  test("writes Astro's progress and our own errors at once, and holds Astro's errors back", () => {
    const log = astroLog({ level: 'info' })
    log.write(message('info', 'build', 'Building static entrypoints...'))
    log.write(message('error', 'weshare-talks', 'ERREUR Talk "x" (id t) · title : le titre est vide.'))
    log.write(message('error', null, 'RangeError: la page a planté\n    at render (page.mjs:1:1)'))
    expect(written.join('')).toMatch(/Building static entrypoints/)
    expect(written.join('')).toMatch(/le titre est vide/)
    expect(written.join('')).not.toMatch(/RangeError/)
  })

  test('writes the held errors after a build that did not fail', () => {
    astroLog({ level: 'info' }).write(message('error', 'content', 'Content config not loaded, skipping sync.'))
    releaseHeldErrors({ level: 'info' })
    expect(written.join('')).toMatch(/Content config not loaded/)
  })

  test('puts the pages Astro saw failing below the stack of a bug, once each, and writes nothing after', () => {
    const log = astroLog({ level: 'info' })
    const error = new RangeError('la page a planté')
    log.write(message('error', null, `${error.stack}`))
    log.write(message('error', 'build', 'Caught error rendering /en-panne/: RangeError: la page a planté'))
    log.write(message('error', 'build', 'Caught error rendering /en-panne/: RangeError: la page a planté'))
    const report = bugReport(error, closeAstroLog()).split('\n')
    log.write(message('info', 'build', '  ├─ /index.html (+3ms)'))
    expect(report[0]).toMatch(
      /^This is a bug in the site's build, not a problem with the content \(RangeError: la page a planté\)/,
    )
    expect(report[1]).toBe('----- stack trace -----')
    expect(report.slice(report.indexOf('----- also logged by Astro -----') + 1)).toEqual([
      '[build] Caught error rendering /en-panne/: RangeError: la page a planté',
    ])
    expect(written).toEqual([])
  })
})
