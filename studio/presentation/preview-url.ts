/**
 * Where the Presentation tool opens the preview site (`npm run build:preview`, served by the
 * publisher): SANITY_STUDIO_PREVIEW_URL, else `astro preview` of the preview on this machine.
 */
export const DEFAULT_PREVIEW_URL = 'http://127.0.0.1:4322/'

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
