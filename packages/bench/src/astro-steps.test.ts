import { expect, test } from 'vitest'
import { astroSteps } from './astro-steps.ts'
import type { BuildRun } from './run-build.ts'

/** The lines Astro 7.3 logs around its steps, as a build with a few pages writes them. */
const OUTPUT = `22:03:27 [content] Syncing content
22:03:27 [build] ✓ Completed in 2.10s.
22:03:27 [build] Building static entrypoints...
22:03:28 [vite] ✓ built in 1.55s
22:03:28 [build] Rearranging server assets...

 generating static routes 
22:03:29   ├─ /talks/un-talk/index.html (restored)
22:03:29 ✓ Completed in 239ms.

22:03:29 [build] ✓ Completed in 1.90s.
22:03:29 [build] 78 page(s) built in 4.11s
22:03:29 [build] Complete!`

function run(output: string): BuildRun {
  return {
    report: {
      timingsMs: { astro: 6000, pagefind: 150 },
      content: { readMs: 100, fetchMs: 50, validateMs: 30, queriesMs: 20 },
      searchPages: 22,
    },
    startedAt: 0,
    endedAt: 7000,
    wallMs: 7000,
    cpuMs: 9000,
    memory: [],
    output: output.split('\n').map((text) => ({ at: 0, text })),
  }
}

test('splits page rendering into start-up, setup without the content load, bundling, pages and the last hooks', () => {
  const steps = astroSteps(run(OUTPUT))
  expect(steps?.startMs).toBeCloseTo(6000 - 4110)
  expect(steps?.setupMs).toBeCloseTo(2100 - 200)
  expect(steps?.bundleMs).toBeCloseTo(1900 - 239)
  expect(steps?.pagesMs).toBeCloseTo(239)
  expect(steps?.doneMs).toBeCloseTo(4110 - 2100 - 1900)
})

test('reads the durations Astro writes in minutes and seconds', () => {
  const slow = OUTPUT.replace('[build] ✓ Completed in 2.10s.', '[build] ✓ Completed in 1m 37s.').replace(
    'built in 4.11s',
    'built in 1m 39s',
  )
  expect(astroSteps(run(slow))?.setupMs).toBeCloseTo(97_000 - 200)
})

test('gives no steps for an output that lacks one of them', () => {
  expect(astroSteps(run(OUTPUT.replace(' generating static routes ', '')))).toBeNull()
})
