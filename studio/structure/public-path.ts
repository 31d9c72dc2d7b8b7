/** Where each public document type lives on the site; the web app's pages follow the same rules. */
const SECTIONS = {
  session: 'sessions',
  talk: 'talks',
  speaker: 'speakers',
  tag: 'tags',
} as const

export type PublicType = keyof typeof SECTIONS

export const PUBLIC_TYPES = Object.keys(SECTIONS) as PublicType[]

export function isPublicType(type: string): type is PublicType {
  return Object.hasOwn(SECTIONS, type)
}

/** Path of a document's page on the site: `publicPath('talk', 'kafka')` → `/talks/kafka/`. */
export function publicPath(type: PublicType, slug: string): string {
  return `/${SECTIONS[type]}/${encodeURIComponent(slug)}/`
}

/** Absolute address of a page, whether or not the site's base URL ends with a slash. */
export function publicUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`
}
