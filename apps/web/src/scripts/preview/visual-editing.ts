import { enableVisualEditing } from '@sanity/visual-editing'
import { reloadKeepingScroll, restoreScroll, watchPublishedBuilds } from './published-builds.ts'

/*
 * The preview's only script, bundled by integrations/preview-tools.ts and loaded by preview pages
 * only: Sanity's overlays, which make each element carrying `data-sanity` open its field in the
 * Studio's Presentation tool, and the reload once the build that includes an edit is published.
 */

const statusUrl = document.querySelector<HTMLMetaElement>('meta[name="weshare-preview-status"]')?.content || '/status'

restoreScroll()
watchPublishedBuilds({ statusUrl, intervalMs: 1500, onNewerBuild: reloadKeepingScroll })

enableVisualEditing({
  // A static preview cannot re-render in place: a manual refresh reloads it; after an edit, the
  // status watch above reloads once the rebuild is published, so the promise stays pending until then.
  refresh: (payload) => {
    if (payload.source === 'manual') reloadKeepingScroll()
    return new Promise<void>(() => undefined)
  },
})
