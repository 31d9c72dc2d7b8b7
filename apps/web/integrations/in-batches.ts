/**
 * Runs `work` over `items`, `size` at a time, each batch waiting for the one before: enough file
 * operations at once to keep the disk busy, few enough for the 10,000 files of a large site.
 */
export async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(work))
  }
}
