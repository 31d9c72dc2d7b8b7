export interface PageSlice<T> {
  items: T[]
  /** 1-based number of this page. */
  page: number
  pageCount: number
}

/** Number of pages needed for `total` items; an empty list still has one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

/** The items of page `page` (1-based). */
export function pageOf<T>(items: readonly T[], pageSize: number, page: number): PageSlice<T> {
  const count = pageCount(items.length, pageSize)
  if (!Number.isInteger(page) || page < 1 || page > count) {
    throw new RangeError(`Page ${page} does not exist: there are ${count} page(s) of ${pageSize} items.`)
  }
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageCount: count }
}
