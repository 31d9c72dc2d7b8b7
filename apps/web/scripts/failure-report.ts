import { isContentError } from '@weshare/content'

/** Astro exited with an error: it printed the reason itself (the content report among them). */
export class RenderFailed extends Error {
  override name = 'RenderFailed'
}

/**
 * The last lines of a failed build. Bad input (content, a variable, a file) was already described
 * in words that say what to fix, without a stack trace; anything else is a bug of ours, said in one
 * line, with the stack below a separator for whoever fixes it.
 */
export function failureReport(error: unknown, dist: string): string {
  const unchanged = `The previously published site in ${dist} is unchanged.`
  if (isContentError(error)) return `${error.message}\n\nBuild failed: nothing was published. ${unchanged}`
  if (error instanceof RenderFailed) return `\nBuild failed: ${error.message} ${unchanged}`
  return `\nBuild failed. ${unchanged}\n${bugReport(error)}`
}

/**
 * One line saying a failure is a bug of ours, not bad input; the stack below a separator, then
 * `alsoLogged`: what else was logged about it (Astro's line for each page that failed).
 */
export function bugReport(error: unknown, alsoLogged: readonly string[] = []): string {
  const { name, message, stack } =
    error instanceof Error ? error : { name: 'Error', message: String(error), stack: undefined }
  const summary = `${name}: ${message.split('\n')[0]}`
  const others = alsoLogged.filter((line) => line !== summary)
  return [
    `This is a bug in the site's build, not a problem with the content (${summary}): please report it with the lines below.`,
    '----- stack trace -----',
    stack ?? String(error),
    ...(others.length > 0 ? ['----- also logged by Astro -----', ...others] : []),
  ].join('\n')
}
