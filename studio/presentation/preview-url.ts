import { PREVIEW_ENABLE_PATH } from '@weshare/publisher/preview-routes'
import type { PreviewUrlResolverOptions } from 'sanity/presentation'

/**
 * Where the Presentation tool opens the preview site: the publisher's preview address
 * (PUBLISHER_PREVIEW_PORT), given as SANITY_STUDIO_PREVIEW_URL, else the publisher's preview on this machine.
 */
export const DEFAULT_PREVIEW_URL = 'http://127.0.0.1:4401/'

export function previewUrlFromEnv(env: Partial<Record<string, string | undefined>> = process.env): string {
  const configured = env.SANITY_STUDIO_PREVIEW_URL?.trim()
  if (!configured) return DEFAULT_PREVIEW_URL
  if (!/^https?:\/\/[^\s/]+/.test(configured)) {
    throw new Error(
      `SANITY_STUDIO_PREVIEW_URL="${configured}" is not an http(s) address: set it to the preview site's address, such as https://apercu.weshare.example/, or unset it.`,
    )
  }
  return configured
}

/**
 * Presentation's `previewUrl`: the preview site, opened through the publisher's enable route. The
 * tool writes a short-lived secret to the Content Lake and frames
 * `<preview>/preview/enable?sanity-preview-secret=…&sanity-preview-pathname=/…`; the publisher
 * checks the secret there, sets the preview cookie and sends the frame on to the page.
 */
export function presentationPreviewUrl(env: Partial<Record<string, string | undefined>> = process.env) {
  return {
    initial: previewUrlFromEnv(env),
    previewMode: { enable: PREVIEW_ENABLE_PATH },
  } satisfies PreviewUrlResolverOptions
}
