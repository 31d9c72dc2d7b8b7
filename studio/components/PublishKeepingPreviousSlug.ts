import { useDocumentOperation, type DocumentActionComponent } from 'sanity'
import { previousSlugsAfterPublish, type SlugHolder } from './previous-slugs.ts'

const wrapped = new WeakMap<DocumentActionComponent, DocumentActionComponent>()

/**
 * Sanity's "Publier", which first records the published slug among the document's former slugs
 * when the draft changes it, so that the old address keeps leading to the page (the site publishes
 * a redirect for each). The patch lands on the draft, which the original action then publishes.
 */
export function publishKeepingPreviousSlug(publish: DocumentActionComponent): DocumentActionComponent {
  const known = wrapped.get(publish)
  if (known) return known
  const PublishKeepingPreviousSlug: DocumentActionComponent = (props) => {
    const original = publish(props)
    const { patch } = useDocumentOperation(props.id, props.type)
    if (!original) return original
    return {
      ...original,
      onHandle: () => {
        const previousSlugs = previousSlugsAfterPublish(
          props.published as SlugHolder | null,
          props.draft as SlugHolder | null,
        )
        if (previousSlugs) patch.execute([{ set: { previousSlugs } }])
        original.onHandle?.()
      },
    }
  }
  PublishKeepingPreviousSlug.action = publish.action
  PublishKeepingPreviousSlug.displayName = 'PublishKeepingPreviousSlug'
  wrapped.set(publish, PublishKeepingPreviousSlug)
  return PublishKeepingPreviousSlug
}
