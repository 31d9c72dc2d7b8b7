import type { ContentProblem } from '@weshare/schema'
import { formatPath, objectsIn, subjectOf } from '@weshare/schema'

/**
 * Images of query rows whose reference finds no asset document: the `imageFields` projection keeps
 * the reference (`assetRef`) while `asset` is null. On the Content Lake, an asset deleted while a
 * published document still uses it; in a dataset file, a reference no asset of the file matches.
 */
export function danglingAssetProblems(rows: unknown, type: string): ContentProblem[] {
  return (Array.isArray(rows) ? rows : []).flatMap((row: unknown) =>
    objectsIn(
      row,
      (record) => record._type === 'image' && typeof record.assetRef === 'string' && record.asset == null,
    ).map(({ path, record }) => ({
      severity: 'error' as const,
      subject: subjectOf(row, type),
      path: formatPath([...path, 'asset']),
      message: `l'image pointe vers un fichier qui n'existe pas (asset ${String(record.assetRef)}) : choisissez à nouveau l'image dans le Studio, puis publiez.`,
    })),
  )
}
