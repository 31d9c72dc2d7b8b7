import type { ContentProblem } from '@weshare/schema'
import { formatPath, subjectOf } from '@weshare/schema'

/**
 * Images of query rows whose reference finds no asset document: the `imageFields` projection keeps
 * the reference (`assetRef`) while `asset` is null. On the Content Lake, an asset deleted while a
 * published document still uses it; in a dataset file, a reference no asset of the file matches.
 */
export function danglingAssetProblems(rows: unknown, type: string): ContentProblem[] {
  const problems: ContentProblem[] = []
  const path: Array<string | number> = []
  let row: unknown
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
    if (record._type === 'image' && typeof record.assetRef === 'string' && record.asset == null) {
      problems.push({
        severity: 'error',
        subject: subjectOf(row, type),
        path: formatPath([...path, 'asset']),
        message: `l'image pointe vers un fichier qui n'existe pas (asset ${record.assetRef}) : choisissez à nouveau l'image dans le Studio, puis publiez.`,
      })
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
  for (const entry of Array.isArray(rows) ? rows : []) {
    row = entry
    visit(entry)
  }
  return problems
}
