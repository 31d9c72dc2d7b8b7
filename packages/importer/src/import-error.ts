/**
 * A problem with what the user asked for (a missing file, a bad flag value, a recap without dates),
 * shown as its message alone, without a stack trace. The message names the subject, the value, why it
 * is wrong and the fix.
 */
export class ImportError extends Error {
  override name = 'ImportError'
}
