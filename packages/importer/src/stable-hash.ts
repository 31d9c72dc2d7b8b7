import { createHash } from 'node:crypto'

/**
 * A short hex digest of its parts. `_key`s and `_rev`s are made with it so that importing the same
 * recap twice writes byte-identical documents, and a re-import replaces documents instead of
 * duplicating array items.
 */
export function stableHash(...parts: ReadonlyArray<string>): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12)
}
