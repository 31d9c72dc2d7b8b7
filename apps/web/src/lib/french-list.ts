const listFormat = new Intl.ListFormat('fr-FR', { style: 'long', type: 'conjunction' })

export type ListPart<T> = { type: 'item'; item: T; text: string } | { type: 'separator'; text: string }

/**
 * Items joined the French way ("A, B et C"), cut into items and the words between them so that
 * each item can be rendered as its own element (a link, a <time>).
 */
export function frenchListParts<T>(items: readonly T[], textOf: (item: T) => string): ListPart<T>[] {
  let next = 0
  return listFormat.formatToParts(items.map(textOf)).map((part) => {
    if (part.type === 'literal') return { type: 'separator', text: part.value }
    return { type: 'item', item: items[next++] as T, text: part.value }
  })
}

/** "A, B et C". */
export function frenchList(items: readonly string[]): string {
  return listFormat.format(items)
}
