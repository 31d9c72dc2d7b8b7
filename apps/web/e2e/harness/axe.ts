import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import type { AxeResults, Result } from 'axe-core'

/** WCAG 2.1 A and AA, plus axe's best practices (landmarks, one h1, skip links…). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

let axeSource: string | undefined

function readAxeSource(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  return axeSource
}

declare global {
  interface Window {
    axe: { run: (context: Document, options: unknown) => Promise<AxeResults> }
  }
}

/** One violation as a reader fixes it: rule, impact, what to do, where, and the rule's page. */
function formatViolation(violation: Result): string {
  const targets = violation.nodes.map((node) => {
    const selector = node.target.map(String).join(' ')
    const summary = node.failureSummary?.replace(/\s+/g, ' ').trim()
    return `    at ${selector}${summary ? `\n      ${summary}` : ''}`
  })
  return [
    `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    ...targets,
  ].join('\n')
}

/** Runs axe on the whole page and returns its violations, one readable block each (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readAxeSource() })
  const results = await page.evaluate(
    // Only violations are read; skipping the passes roughly halves the run on long pages.
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  )
  return results.violations.map(formatViolation)
}
