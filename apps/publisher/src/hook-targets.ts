/*
 * Which sites a webhook's document changes. Sanity ids say which view a document belongs to:
 * `drafts.<id>` is a draft, `versions.<release>.<id>` a release's version, anything else is published.
 */

export type HookTargets = 'public-and-preview' | 'preview' | 'none'

export function hookTargets(documentId: string, release: string | undefined): HookTargets {
  if (documentId.startsWith('drafts.')) return 'preview'
  if (documentId.startsWith('versions.')) {
    return release !== undefined && documentId.startsWith(`versions.${release}.`) ? 'preview' : 'none'
  }
  return 'public-and-preview'
}
