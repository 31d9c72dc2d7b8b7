import { defineDocuments, defineLocations, type PresentationPluginOptions } from 'sanity/presentation'
import { PUBLIC_TYPES, publicPath, type PublicType } from '@weshare/schema/routes'

/*
 * What the Presentation tool shows for each document, derived from the route map of the site
 * (@weshare/schema/routes): a page's path names its main document, and a document names the
 * pages that show it. Nothing here lists a path by hand.
 */

/** The field each type's page shows as its title. */
const TITLE_FIELD: Record<PublicType, string> = { session: 'title', talk: 'title', speaker: 'name', tag: 'title' }

const SLUG_PARAM = 'slug'

/**
 * A type's page route with a `:slug` parameter, e.g. `/talks/:slug`, from the path of a sample slug.
 * Presentation matches routes with an optional trailing slash, so the route ends without one.
 */
export function routeOf(type: PublicType): string {
  const marker = 'slug0marker'
  return publicPath(type, marker).replace(marker, `:${SLUG_PARAM}`).replace(/\/$/, '')
}

/** A page's path → the document it shows (the one whose slug is in the path). */
export const mainDocuments = defineDocuments(
  PUBLIC_TYPES.map((type) => ({
    route: routeOf(type),
    filter: `_type == ${JSON.stringify(type)} && slug.current == $${SLUG_PARAM}`,
  })),
)

interface Located {
  title?: string | null
  slug?: string | null
}

/** A document → the pages that show it: its own page, and the home page for a session. */
export const locations = Object.fromEntries(
  PUBLIC_TYPES.map((type) => [
    type,
    defineLocations({
      select: { title: TITLE_FIELD[type], slug: 'slug.current' },
      resolve: (doc: Located | null) => {
        if (!doc?.slug) {
          return {
            message: "Ce document n'a pas encore de slug : générez-le pour voir sa page.",
            tone: 'caution' as const,
          }
        }
        const own = { title: doc.title || 'Sans titre', href: publicPath(type, doc.slug) }
        return { locations: type === 'session' ? [own, { title: 'Accueil', href: '/' }] : [own] }
      },
    }),
  ]),
) as Record<PublicType, ReturnType<typeof defineLocations>>

export const resolve: PresentationPluginOptions['resolve'] = { mainDocuments, locations }
