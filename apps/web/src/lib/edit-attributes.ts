import { createDataAttribute } from '@sanity/visual-editing/create-data-attribute'
import { PREVIEW } from './preview.ts'

/*
 * Click-to-edit on the preview: an element showing a field carries a `data-sanity` attribute naming
 * the document, its type and the field, which the overlay script (loaded by the preview only) turns
 * into a link to that field in the Studio's Presentation tool. Public pages get no attribute at all.
 */

/** Where the attributes send editors outside Presentation, and which project they name. */
export interface StudioTarget {
  baseUrl: string
  projectId: string | undefined
  dataset: string | undefined
}

/** The Studio the preview links to: SANITY_STUDIO_URL, else the Studio of `npm run dev`. */
export function studioTargetFromEnv(env: Partial<Record<string, string | undefined>> = process.env): StudioTarget {
  return {
    baseUrl: env.SANITY_STUDIO_URL?.trim() || 'http://127.0.0.1:3333',
    projectId: env.SANITY_PROJECT_ID?.trim() || env.SANITY_STUDIO_PROJECT_ID?.trim() || undefined,
    dataset: env.SANITY_DATASET?.trim() || env.SANITY_STUDIO_DATASET?.trim() || undefined,
  }
}

/** The Studio's names of the documents the site shows (the code says session and tag). */
export type StudioType = 'session' | 'talk' | 'speaker' | 'tag'

/** The encoded `data-sanity` value for one field of one document. */
export function editAttribute(target: StudioTarget, id: string, type: StudioType, path: string): string {
  const { baseUrl, projectId, dataset } = target
  return createDataAttribute({
    baseUrl,
    ...(projectId ? { projectId } : {}),
    ...(dataset ? { dataset } : {}),
    id,
    type,
    path,
  }).toString()
}

const target = studioTargetFromEnv()

/** Attributes to spread on the element showing `path` of a document: `{}` on the public site. */
export function editable(id: string, type: StudioType, path: string): Record<string, string> {
  return PREVIEW ? { 'data-sanity': editAttribute(target, id, type, path) } : {}
}
