import { PREVIEW_ENABLE_PATH } from '@weshare/publisher/preview-routes'
import type { PreviewSummary } from '@weshare/publisher/status'
import { urlSearchParamPreviewPathname, urlSearchParamPreviewSecret } from '@sanity/preview-url-secret/constants'
import { agoFr } from './site-status.ts'

/*
 * The preview part of the "Site public" tool: when the preview was last rebuilt, and the link that
 * opens it in a tab of its own (the Presentation tool frames the same link).
 */

/** The enable route of the preview at `previewUrl`: the action of the shared-secret form. */
export const previewEnableRoute = (previewUrl: string) => new URL(PREVIEW_ENABLE_PATH, previewUrl).href

/** The enable link with a secret, its parameters named as Presentation names them. */
export function previewEnableUrl(previewUrl: string, secret: string, path = '/'): string {
  const url = new URL(previewEnableRoute(previewUrl))
  url.searchParams.set(urlSearchParamPreviewSecret, secret)
  url.searchParams.set(urlSearchParamPreviewPathname, path)
  return url.href
}

/** The form fields of a link opened with the publisher's shared secret, which the editor types in. */
export const SECRET_FIELD = urlSearchParamPreviewSecret
export const PATH_FIELD = urlSearchParamPreviewPathname

/** `1 décembre 2026 à 23:05`, as the preview's banner prints the time of its content. */
const timeFr = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(
    new Date(iso),
  )

/** How an editor opens the preview from this tool. */
export type PreviewOpening = 'studio-secret' | 'shared-secret' | 'none'

export interface PreviewView {
  sentences: string[]
  opening: PreviewOpening
}

/** The French sentences about the preview, and how the tool offers to open it. */
export function describePreview(preview: PreviewSummary | undefined, now: number): PreviewView {
  if (!preview) {
    return {
      sentences: [
        'Le publieur ne sert pas d’aperçu des brouillons : renseignez PUBLISHER_PREVIEW_PORT pour en servir un (voir docs/deploy.md).',
      ],
      opening: 'none',
    }
  }
  const sentences: string[] = []
  if (preview.state !== 'idle') sentences.push('L’aperçu est en cours de reconstruction avec les derniers brouillons.')
  if (preview.publishedAt) {
    const content = preview.contentTime ? `, avec le contenu lu le ${timeFr(preview.contentTime)}` : ''
    sentences.push(`L’aperçu a été reconstruit ${agoFr(preview.publishedAt, now)}${content}.`)
  } else {
    sentences.push('L’aperçu n’est pas encore construit.')
  }
  if (preview.last?.result === 'failure') {
    sentences.push(
      `Sa dernière reconstruction (${agoFr(preview.last.finishedAt, now)}) a échoué : un brouillon ne passerait pas la publication. L’aperçu montre la version d’avant.`,
    )
  }
  const opening: PreviewOpening = preview.access.includes('studio-secret')
    ? 'studio-secret'
    : preview.access.includes('shared-secret')
      ? 'shared-secret'
      : 'none'
  return { sentences, opening }
}
