/** A reference found inside a document: where it sits (`['speakers', 1]`) and the id it points to. */
export interface FoundReference {
  path: Array<string | number>
  ref: string
}

/**
 * Every reference to another document inside `document`: each `_ref`, except asset references
 * (`…asset._ref`), which point to files, not documents.
 * One path stack for the whole walk: a document's rich text has thousands of nodes, and copying the
 * path at each of them cost more than the walk itself on large datasets.
 */
export function referencesIn(document: unknown): FoundReference[] {
  const found: FoundReference[] = []
  const path: Array<string | number> = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        path.push(index)
        visit(value[index])
        path.pop()
      }
      return
    }
    if (typeof value !== 'object' || value === null) return
    const record = value as Record<string, unknown>
    if (typeof record._ref === 'string') {
      if (path.at(-1) !== 'asset') found.push({ path: [...path], ref: record._ref })
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
  visit(document)
  return found
}
