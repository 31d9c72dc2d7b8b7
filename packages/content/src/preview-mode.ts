import type { ContentEnv } from './source-from-env.ts'

/**
 * Set to `1` by `npm run build:preview`: the site is built from the drafts view of the content, for
 * editors, with the preview's banner, noindex and editing attributes. Any other value, or none, is
 * the public site.
 */
export const PREVIEW_ENV = 'WESHARE_PREVIEW'

/** Whether this build is the editors' preview rather than the public site. */
export function isPreviewBuild(env: ContentEnv = process.env): boolean {
  return env[PREVIEW_ENV] === '1'
}
