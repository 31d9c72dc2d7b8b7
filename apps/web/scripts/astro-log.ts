import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro'
import nodeLogDestination from 'astro/logger/node'

/*
 * Astro's log for the site's build (the `logger` option of astro-build.ts), written as Astro's own
 * terminal logger writes it, except Astro's errors: when a page throws, Astro logs the stack once
 * per page being rendered, then rejects with the same error. Those lines are held back, so that
 * the first thing a failure prints is the line saying it is a bug of ours (failure-report.ts), the
 * stack below it; astro-build.ts then shows what was held, or writes it out as is when the build
 * ends without an error. Messages of our own integrations and loaders (labels "weshare-…", such as
 * the content report) and the progress lines are written at once.
 *
 * Astro loads this module twice in one process: once for its own logger, once inside the
 * prerendering bundle that renders the pages. Both copies share one record, kept on globalThis.
 */

export interface AstroLogRecord {
  /** Astro's error messages, in the order logged. */
  held: AstroLoggerMessage[]
  /** Set once the build has failed: what Astro logs while its other pages stop is not written. */
  closed: boolean
}

const RECORD = Symbol.for('weshare.astro-log')

/** The record both copies of this module write to. */
export function astroLogRecord(): AstroLogRecord {
  const global = globalThis as Record<symbol, AstroLogRecord | undefined>
  global[RECORD] ??= { held: [], closed: false }
  return global[RECORD]
}

/** Whether a message is one of Astro's errors rather than our own integrations' or loaders' words. */
export function isAstroError(message: AstroLoggerMessage): boolean {
  return message.level === 'error' && !message.label?.startsWith('weshare-')
}

/** The destination Astro loads (`logger.entrypoint`); `config` is that of Astro's terminal logger. */
export default function astroLog(config?: { level?: AstroLoggerMessage['level'] }): AstroLoggerDestination {
  const terminal = nodeLogDestination(config)
  const record = astroLogRecord()
  return {
    write(message) {
      if (record.closed) return
      if (isAstroError(message)) record.held.push(message)
      else terminal.write(message)
    },
  }
}

/** Writes the held errors as Astro would have, for a build that ended without failing. */
export function releaseHeldErrors(config?: { level?: AstroLoggerMessage['level'] }): void {
  const record = astroLogRecord()
  const terminal = nodeLogDestination(config)
  for (const message of record.held.splice(0)) terminal.write(message)
}

/**
 * Stops writing Astro's log, and returns the first line of each error Astro held: which pages
 * failed, without the stacks that the failure's own stack repeats.
 */
export function closeAstroLog(): string[] {
  const record = astroLogRecord()
  record.closed = true
  const lines = record.held.splice(0).map(({ label, message }) => {
    const first = message.split('\n', 1)[0] ?? ''
    return label ? `[${label}] ${first}` : first
  })
  return [...new Set(lines)]
}
