import { isPreviewBuild } from '@weshare/content/preview-mode'

/*
 * What differs on the editors' preview (`npm run build:preview`), decided once per build. The
 * public build takes none of it: no banner, no editing attribute, no overlay script.
 */

/** Whether pages are being built for the preview. */
export const PREVIEW = isPreviewBuild()

/** The banner every preview page shows. */
export const PREVIEW_BANNER = 'Aperçu — contenu non publié'

/** The overlay script of the preview (integrations/preview-tools.ts), at a URL only the preview has. */
export const PREVIEW_ASSETS_DIR = '_preview'
export const PREVIEW_SCRIPT_URL = `/${PREVIEW_ASSETS_DIR}/visual-editing.js`

/** The publisher's status, which the preview polls to reload once a newer build is published. */
export const DEFAULT_PREVIEW_STATUS_URL = '/status'

/** When the content the preview shows was read (the start of its build, scripts/preview-mode.ts). */
export function previewContentTime(env: Partial<Record<string, string | undefined>> = process.env): Date {
  const value = env.WESHARE_PREVIEW_CONTENT_TIME
  const time = value ? new Date(value) : new Date()
  return Number.isNaN(time.getTime()) ? new Date() : time
}

/** `1 décembre 2026 à 23:05`, in the editors' time zone. */
export function formatPreviewTime(time: Date, timeZone = 'Europe/Paris'): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(time)
}
