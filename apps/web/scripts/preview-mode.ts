import { PREVIEW_ENV } from '@weshare/content/preview-mode'

/*
 * `build.ts --preview` builds the editors' preview: the drafts view of the content, into its own
 * folder, with the preview banner, noindex, editing attributes and overlay script (src/lib/preview.ts,
 * integrations/preview-tools.ts). Everything that differs reads the environment set here, which
 * the Astro process inherits.
 */

/** Where a preview is published when `--out` is not given, beside the public dist/. */
export const PREVIEW_DIST = 'dist-preview'

/** When the preview build started, which the banner shows as the time of its content. */
export const PREVIEW_CONTENT_TIME_ENV = 'WESHARE_PREVIEW_CONTENT_TIME'

/** Turns the preview on, or makes sure it is off: a stray variable must never make the public site a preview. */
export function setBuildMode(preview: boolean, env: NodeJS.ProcessEnv = process.env, now = new Date()): void {
  if (preview) {
    env[PREVIEW_ENV] = '1'
    env[PREVIEW_CONTENT_TIME_ENV] = now.toISOString()
  } else {
    delete env[PREVIEW_ENV]
    delete env[PREVIEW_CONTENT_TIME_ENV]
  }
}
