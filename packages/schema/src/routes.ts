import type { TalkFormat } from './talk-format.ts'

/*
 * Where everything lives on the public site, written once for every program that links to it: the
 * site's pages, the Studio's "Voir sur le site", previews and the benchmark. Plain data and string
 * functions only (no Astro, no zod), so that Studio and browser code can import it as
 * `@weshare/schema/routes` without pulling anything else in.
 *
 * The site is built with `trailingSlash: 'always'`, so each page path ends with "/".
 */

/** The section of the site each published document type lives under. */
const SECTIONS = {
  session: 'sessions',
  talk: 'talks',
  speaker: 'speakers',
  tag: 'tags',
} as const

/** A document type that has a page of its own on the site. */
export type PublicType = keyof typeof SECTIONS

export const PUBLIC_TYPES = Object.keys(SECTIONS) as PublicType[]

export function isPublicType(type: string): type is PublicType {
  return Object.hasOwn(SECTIONS, type)
}

/** The section listing every document of a type: `sectionPath('tag')` → `/tags/`. */
export function sectionPath(type: PublicType): string {
  return `/${SECTIONS[type]}/`
}

/** Path of a document's page: `publicPath('talk', 'kafka')` → `/talks/kafka/`. A slug is escaped, never trusted. */
export function publicPath(type: PublicType, slug: string): string {
  return `${sectionPath(type)}${encodeURIComponent(slug)}/`
}

/** Absolute address of a site path, whether or not the base URL ends with a slash; keeps a sub-directory. */
export function publicUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`
}

/** The search page, the query parameter that carries the searched words, and Pagefind's folder. */
export const SEARCH_ROUTE = {
  path: '/recherche/',
  queryParameter: 'q',
  /** Pagefind's bundle: pagefind.js, its worker, WebAssembly and index. */
  pagefindFolder: '/pagefind/',
} as const

/** Every internal path of the site. */
export const paths = {
  home: '/',
  homePage: (page: number) => (page <= 1 ? '/' : `/page/${page}/`),
  session: (slug: string) => publicPath('session', slug),
  talk: (slug: string) => publicPath('talk', slug),
  speakers: sectionPath('speaker'),
  speaker: (slug: string) => publicPath('speaker', slug),
  tags: sectionPath('tag'),
  tag: (slug: string) => publicPath('tag', slug),
  formats: '/formats/',
  format: (value: TalkFormat) => `/formats/${value}/`,
  search: SEARCH_ROUTE.path,
  rss: '/rss.xml',
  sitemap: '/sitemap-index.xml',
} as const
