/** A reference found inside a document: where it sits (`['speakers', 1]`) and the id it points to. */
export interface FoundReference {
  path: Array<string | number>
  ref: string
}

/** An object found inside a value by `objectsIn`, and where it sits (`['body', 3, 'asset']`). */
export interface FoundObject {
  path: Array<string | number>
  record: Record<string, unknown>
}

/**
 * Every object inside `value` that `matches`, with its path; the walk does not go inside a match.
 * One path stack for the whole walk: a document's rich text has thousands of nodes, and copying the
 * path at each of them cost more than the walk itself on large datasets. The path passed to
 * `matches` is that stack: copy it to keep it.
 */
export function objectsIn(
  value: unknown,
  matches: (record: Record<string, unknown>, path: ReadonlyArray<string | number>) => boolean,
): FoundObject[] {
  const found: FoundObject[] = []
  const path: Array<string | number> = []
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        path.push(index)
        visit(node[index])
        path.pop()
      }
      return
    }
    if (typeof node !== 'object' || node === null) return
    const record = node as Record<string, unknown>
    if (matches(record, path)) {
      found.push({ path: [...path], record })
      return
    }
    for (const key of Object.keys(record)) {
      const child = record[key]
      if (typeof child !== 'object' || child === null) continue
      path.push(key)
      visit(child)
      path.pop()
    }
  }
  visit(value)
  return found
}

/**
 * Every reference to another document inside `document`: each `_ref`, except asset references
 * (`…asset._ref`), which point to files, not documents.
 */
export function referencesIn(document: unknown): FoundReference[] {
  return objectsIn(document, (record) => typeof record._ref === 'string')
    .filter(({ path }) => path.at(-1) !== 'asset')
    .map(({ path, record }) => ({ path, ref: record._ref as string }))
}
