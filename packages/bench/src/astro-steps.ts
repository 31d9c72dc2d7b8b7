import type { BuildRun } from './run-build.ts'

/** Where the "Page rendering" phase goes, from the durations Astro logs. */
export interface AstroSteps {
  /** Node start-up, importing Astro, loading the config: before Astro's clock starts. */
  startMs: number
  /** Config hooks, content sync (without the content load, which has its own phases) and types. */
  setupMs: number
  /** Vite bundling the pages for rendering. */
  bundleMs: number
  /** Rendering the pages, or copying those an earlier build left. */
  pagesMs: number
  /** Integrations at the end of the build (sitemap, search module). */
  doneMs: number
}

// Astro's getTimeStat(): "640ms" under a second, "2.10s" under a minute, "1m 37s" above.
const DURATION = String.raw`((?:\d+m )?[\d.]+)(ms|s)`
const BUILD_STEP = new RegExp(String.raw`\[build\] ✓ Completed in ${DURATION}\.`)
const PAGES_STEP = new RegExp(String.raw`^(?:[\d:]+ )?✓ Completed in ${DURATION}\.`)
const BUILT = new RegExp(String.raw`\[build\] \d+ page\(s\) built in ${DURATION}`)

function ms(value: string, unit: string): number {
  const [minutes, rest] = value.includes('m ') ? value.split('m ') : ['0', value]
  return Number(minutes) * 60_000 + Number(rest) * (unit === 's' ? 1000 : 1)
}

/**
 * The steps of Astro's run in a build's output: the first "[build] ✓ Completed" closes the setup,
 * the second the static build (bundling and pages), whose pages step is the bare "✓ Completed"
 * after "generating static routes". Null when the output lacks one of them (another Astro version).
 */
export function astroSteps(run: BuildRun): AstroSteps | null {
  // Colours are off when Astro does not write to a terminal; strip them anyway.
  // eslint-disable-next-line no-control-regex
  const lines = run.output.map((line) => line.text.replace(/\u001b\[[\d;]*m/g, ''))
  const steps = lines.flatMap((line) => {
    const match = BUILD_STEP.exec(line)
    return match ? [ms(match[1]!, match[2]!)] : []
  })
  const generating = lines.findIndex((line) => line.includes('generating static routes'))
  const pages = lines
    .slice(generating + 1)
    .map((line) => PAGES_STEP.exec(line.trim()))
    .find((match) => match !== null)
  const built = lines.map((line) => BUILT.exec(line)).find((match) => match !== null)
  const [setup, staticBuild] = steps
  if (setup === undefined || staticBuild === undefined || generating < 0 || !pages || !built) return null
  const pagesMs = ms(pages[1]!, pages[2]!)
  const totalMs = ms(built[1]!, built[2]!)
  const content = run.report.content
  const contentMs = content ? content.readMs + content.fetchMs + content.validateMs + content.queriesMs : 0
  return {
    startMs: run.report.timingsMs.astro - totalMs,
    setupMs: setup - contentMs,
    bundleMs: staticBuild - pagesMs,
    pagesMs,
    doneMs: totalMs - setup - staticBuild,
  }
}
