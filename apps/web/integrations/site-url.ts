import { isContentError, readSiteBaseUrl } from '@weshare/content'
import type { AstroIntegration } from 'astro'
import { siteUrlFromEnv } from '../scripts/site-url.ts'
import { chooseSiteUrl } from '../src/lib/site-url.ts'

/**
 * Sets Astro's `site` (canonical links, the feed, the sitemap, robots.txt) to the site settings'
 * `baseUrl`, or to SITE_URL when set (src/lib/site-url.ts says why it wins), and logs which.
 * It must come before @astrojs/sitemap, which reads `site` once the config is done.
 */
export function siteUrl(): AstroIntegration {
  return {
    name: 'weshare-site-url',
    hooks: {
      'astro:config:setup': async ({ updateConfig, logger }) => {
        const baseUrl = await baseUrlOrNone()
        if (baseUrl === null) return
        const choice = chooseSiteUrl(siteUrlFromEnv(), baseUrl)
        if (choice.url) {
          logger.info(choice.message)
          updateConfig({ site: choice.url })
        } else {
          logger.warn(choice.message)
        }
      },
    },
  }
}

/**
 * The settings' address (undefined when they give none), or null when the content cannot be read:
 * the content loader reads the same source next and reports why, line by line, where a failure
 * here would be Astro's stack trace.
 */
async function baseUrlOrNone(): Promise<string | undefined | null> {
  try {
    return await readSiteBaseUrl()
  } catch (error) {
    if (isContentError(error)) return null
    throw error
  }
}
