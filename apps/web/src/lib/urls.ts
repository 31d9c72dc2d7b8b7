import { paths, sectionPath } from '@weshare/schema/routes'

// The route map is shared with the Studio and the benchmark (packages/schema/src/routes.ts).
export { paths }

/** The absolute URL of a site path, for canonical links, feeds and structured data. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href
}

/**
 * Astro's `site`, which integrations/site-url.ts sets from the site settings (or SITE_URL): pages
 * that write absolute links cannot be built without it.
 */
export function siteOf(site: URL | undefined): URL {
  if (!site) {
    throw new Error(
      'The site has no address: fill in « Adresse du site » in « Réglages du site » and publish, or set SITE_URL (see apps/web/.env.example).',
    )
  }
  return site
}

/** Whether `path` is the current page or one of its sub-pages, for `aria-current` in the navigation. */
export function isCurrentSection(section: string, currentPath: string): boolean {
  if (section === paths.home)
    return (
      currentPath === paths.home || currentPath.startsWith('/page/') || currentPath.startsWith(sectionPath('session'))
    )
  return currentPath === section || currentPath.startsWith(section)
}
