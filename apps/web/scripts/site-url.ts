import { ContentError, excerptOf } from '@weshare/content'

/**
 * SITE_URL, checked before Astro starts: an absolute http(s) address without credentials, query or
 * fragment. Unset, the site settings' address is used (src/lib/site-url.ts); set but empty, it is an
 * error (the shape of a missing CI secret).
 */
export function siteUrlFromEnv(env: Partial<Record<string, string | undefined>> = process.env): string | undefined {
  const raw = env.SITE_URL
  if (raw === undefined) return undefined
  const value = raw.trim()
  const fix =
    "Set it to the address of this deployment, such as https://staging.recaps.example, or unset it to use the site settings' address (« Adresse du site »)."
  if (value === '') throw new ContentError(`SITE_URL is set but empty. ${fix}`)
  const url = URL.canParse(value) ? new URL(value) : undefined
  if (!url) throw new ContentError(`SITE_URL=${excerptOf(value)} is not an absolute address. ${fix}`)
  if (url.username || url.password) {
    throw new ContentError(
      `SITE_URL holds a user name or password (the value is not shown here): it would be written into every page. ${fix}`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ContentError(
      `SITE_URL=${excerptOf(value)} is a ${url.protocol} address, not http(s): canonical links and the feed would point nowhere. ${fix}`,
    )
  }
  if (url.search || url.hash) {
    throw new ContentError(
      `SITE_URL=${excerptOf(value)} has a query or a fragment, which no page address can carry. ${fix}`,
    )
  }
  return value
}
