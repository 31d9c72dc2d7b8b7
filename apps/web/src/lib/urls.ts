import { paths, sectionPath } from '@weshare/schema/routes'

// The route map is shared with the Studio and the benchmark (packages/schema/src/routes.ts).
export { paths }

/** The absolute URL of a site path, for canonical links, feeds and structured data. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href
}

/** Whether `path` is the current page or one of its sub-pages, for `aria-current` in the navigation. */
export function isCurrentSection(section: string, currentPath: string): boolean {
  if (section === paths.home)
    return (
      currentPath === paths.home || currentPath.startsWith('/page/') || currentPath.startsWith(sectionPath('session'))
    )
  return currentPath === section || currentPath.startsWith(section)
}
