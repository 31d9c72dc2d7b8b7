import { slugify } from '@weshare/schema'
import { SITE_WIDE_IDS } from './page-ids.ts'

/** Hands out ids for one page, each unique: a second "Conclusion" becomes "conclusion-2". */
export type IdAllocator = (text: string) => string

/**
 * `reserved` holds ids the page already uses outside the allocator; the ids of the site's own
 * markup (SITE_WIDE_IDS: the skip link's target, the search dialog) are always reserved.
 */
export function createIdAllocator(reserved: Iterable<string> = []): IdAllocator {
  const used = new Set([...SITE_WIDE_IDS, ...reserved])
  return (text) => {
    const base = slugify(text) || 'section'
    let id = base
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`
    used.add(id)
    return id
  }
}

interface HeadingBlockLike {
  _type: string
  _key: string
  style?: string
  children?: ReadonlyArray<{ text?: string }>
}

/**
 * Ids of the h2/h3 blocks of a rich text, by block key, allocated in reading order so that the
 * same content always gets the same ids. Pass the page's allocator to keep ids unique across bodies.
 */
export function headingIds(
  blocks: ReadonlyArray<{ _type: string; _key: string }>,
  allocate: IdAllocator,
): Map<string, string> {
  const ids = new Map<string, string>()
  for (const block of blocks as ReadonlyArray<HeadingBlockLike>) {
    if (block._type !== 'block' || (block.style !== 'h2' && block.style !== 'h3')) continue
    const text = (block.children ?? []).map((child) => child.text ?? '').join('')
    ids.set(block._key, allocate(text))
  }
  return ids
}

/**
 * The HTML level of each heading style a rich text uses, placed under a heading of level
 * `parentLevel`: the highest style used becomes parentLevel + 1, the next one parentLevel + 2.
 * Editors pick h2 or h3 for emphasis as much as for structure, so a recap that only uses h3 still
 * gets an outline without a skipped level.
 */
export function headingLevels(
  blocks: ReadonlyArray<{ _type: string }>,
  parentLevel: number,
): Partial<Record<'h2' | 'h3', number>> {
  const used = new Set(
    (blocks as ReadonlyArray<HeadingBlockLike>).filter((block) => block._type === 'block').map((block) => block.style),
  )
  const styles = (['h2', 'h3'] as const).filter((style) => used.has(style))
  return Object.fromEntries(styles.map((style, rank) => [style, Math.min(6, parentLevel + 1 + rank)]))
}
