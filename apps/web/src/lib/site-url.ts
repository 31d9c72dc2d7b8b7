/*
 * The address the site is built for. Editors set it in « Réglages du site » (`baseUrl`); the
 * SITE_URL environment variable, when set, wins for that one build: it is how a deployment that is
 * not the public site (a staging host, a preview) gets links to itself without editing the content
 * every other build reads. The build log says which one was used.
 */

export interface SiteUrlChoice {
  /** The site address, or undefined when neither gives one (the content check then fails the build). */
  url: string | undefined
  /** One line for the build log: the address and where it comes from. */
  message: string
}

/**
 * The settings' address when the site can use it: http(s), without a user name or password, which
 * would be printed here and written into every page (the content check reports it).
 */
function httpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value)
    const usable = (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === ''
    return usable ? url : undefined
  } catch {
    return undefined
  }
}

/**
 * Picks the site address from SITE_URL and the site settings' baseUrl. `siteUrl` is SITE_URL as
 * siteUrlFromEnv() (scripts/site-url.ts) returned it, checked before Astro started: an absolute
 * http(s) address, or undefined when the variable is not set.
 */
export function chooseSiteUrl(siteUrl: string | undefined, baseUrl: string | undefined): SiteUrlChoice {
  const fromSettings = baseUrl === undefined ? undefined : httpUrl(baseUrl)
  if (siteUrl !== undefined) {
    const url = new URL(siteUrl)
    const settings = fromSettings ? `the site settings' ${fromSettings.href}` : 'the site settings, which give none'
    return {
      url: url.href,
      message:
        fromSettings?.href === url.href
          ? `Site URL: ${url.href} (SITE_URL, the same as the site settings).`
          : `Site URL: ${url.href} from SITE_URL, which overrides ${settings} for this build.`,
    }
  }
  if (fromSettings) return { url: fromSettings.href, message: `Site URL: ${fromSettings.href} from the site settings.` }
  return {
    url: undefined,
    message: 'Site URL: none. Fill in « Adresse du site » in « Réglages du site » and publish, or set SITE_URL.',
  }
}
