import { PresentationIcon } from '@sanity/icons/Presentation'
import type { Template } from 'sanity'

export const TALK_IN_FORMAT = 'talk-in-format'

interface TalkInFormatParams {
  format?: string
}

/** Creates a talk with its format already chosen: used by the "Talks par format" lists. */
export const talkInFormat: Template<TalkInFormatParams, TalkInFormatParams> = {
  id: TALK_IN_FORMAT,
  title: 'Talk dans un format',
  schemaType: 'talk',
  icon: PresentationIcon,
  parameters: [{ name: 'format', title: 'Format', type: 'string' }],
  value: (params?: TalkInFormatParams) => ({ format: params?.format }),
}
