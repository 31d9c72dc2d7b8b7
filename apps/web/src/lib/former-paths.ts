import { formerSlugsOf } from '@weshare/content'
import { paths } from './urls.ts'

/** A former address of a page and where it now lives. */
export interface Redirect {
  /** Site path the document had under a former slug, e.g. `/talks/ancien-titre/`. */
  from: string
  /** Site path of the page today. */
  to: string
}

interface WithFormerSlugs {
  slug: string
  previousSlugs?: readonly string[] | null | undefined
}

/** What the site's four kinds of pages are built from, as far as their addresses go. */
export interface PagesWithFormerSlugs {
  sessions: readonly WithFormerSlugs[]
  talks: readonly WithFormerSlugs[]
  speakers: readonly WithFormerSlugs[]
  tags: readonly WithFormerSlugs[]
}

const PAGE_PATHS: Record<keyof PagesWithFormerSlugs, (slug: string) => string> = {
  sessions: paths.session,
  talks: paths.talk,
  speakers: paths.speaker,
  tags: paths.tag,
}

/**
 * Every former address of every page, each leading to the current page. A former slug equal to the
 * current one is the page itself, and is left out; the load has already refused two documents
 * claiming one address.
 */
export function formerPathRedirects(pages: PagesWithFormerSlugs): Redirect[] {
  return (Object.keys(PAGE_PATHS) as Array<keyof PagesWithFormerSlugs>).flatMap((kind) =>
    pages[kind].flatMap((entry) =>
      formerSlugsOf({ slug: { current: entry.slug }, previousSlugs: entry.previousSlugs ?? undefined }).map((slug) => ({
        from: PAGE_PATHS[kind](slug),
        to: PAGE_PATHS[kind](entry.slug),
      })),
    ),
  )
}
