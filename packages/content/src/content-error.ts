/**
 * An error whose message is complete for the person who has to act: what failed, with which value,
 * why, and what to do. The build prints the message alone, without a stack trace.
 */
export class ContentError extends Error {
  override name = 'ContentError'
}

export function isContentError(error: unknown): error is ContentError {
  return error instanceof Error && error.name === 'ContentError'
}
