import type { TalkFormat } from '@weshare/schema'

/*
 * Every internal path of the site, written once. The site is built with `trailingSlash: 'always'`,
 * so each page path ends with "/".
 */
export const paths = {
  home: '/',
  homePage: (page: number) => (page <= 1 ? '/' : `/page/${page}/`),
  edition: (slug: string) => `/sessions/${encodeURIComponent(slug)}/`,
  talk: (slug: string) => `/talks/${encodeURIComponent(slug)}/`,
  speakers: '/speakers/',
  speaker: (slug: string) => `/speakers/${encodeURIComponent(slug)}/`,
  topics: '/tags/',
  topic: (slug: string) => `/tags/${encodeURIComponent(slug)}/`,
  formats: '/formats/',
  format: (value: TalkFormat) => `/formats/${value}/`,
  search: '/recherche/',
  rss: '/rss.xml',
  sitemap: '/sitemap-index.xml',
} as const

/** The absolute URL of a site path, for canonical links, feeds and structured data. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href
}

/** Whether `path` is the current page or one of its sub-pages, for `aria-current` in the navigation. */
export function isCurrentSection(section: string, currentPath: string): boolean {
  if (section === '/')
    return currentPath === '/' || currentPath.startsWith('/page/') || currentPath.startsWith('/sessions/')
  return currentPath === section || currentPath.startsWith(section)
}
