import { z } from 'zod'
import { SessionSchema } from './session.ts'
import { SiteSettingsSchema } from './site-settings.ts'
import { SpeakerSchema } from './speaker.ts'
import { TagSchema } from './tag.ts'
import { TalkSchema } from './talk.ts'

/** Every document type the site publishes, keyed by `_type`. */
export const DOCUMENT_SCHEMAS = {
  session: SessionSchema,
  talk: TalkSchema,
  speaker: SpeakerSchema,
  tag: TagSchema,
  siteSettings: SiteSettingsSchema,
} as const

export type DocumentType = keyof typeof DOCUMENT_SCHEMAS
export const DOCUMENT_TYPES = Object.keys(DOCUMENT_SCHEMAS) as DocumentType[]

/** French names of the document types, for messages addressed to editors. */
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  session: 'Édition',
  talk: 'Talk',
  speaker: 'Intervenant',
  tag: 'Sujet',
  siteSettings: 'Réglages du site',
}

export const DatasetDocumentSchema = z.discriminatedUnion('_type', [
  SessionSchema,
  TalkSchema,
  SpeakerSchema,
  TagSchema,
  SiteSettingsSchema,
])

export type DatasetDocument = z.output<typeof DatasetDocumentSchema>

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && Object.hasOwn(DOCUMENT_SCHEMAS, value)
}
