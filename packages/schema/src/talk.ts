import { z } from 'zod'
import { LIMITS } from './limits.ts'
import { text } from './text.ts'
import { AsideSchema } from './aside.ts'
import { DocumentBaseSchema } from './document.ts'
import { BlockContentSchema } from './portable-text.ts'
import { KeyedReferenceSchema } from './reference.ts'
import { PreviousSlugsSchema, SlugSchema } from './slug.ts'
import { talkChoiceShape } from './talk-choices.ts'
import { TalkLinksSchema } from './talk-links.ts'

/** A talk given at a WeShare day, as stored in the dataset. */
/** The error of a talk without a recap, on the stored document and on the talks query's row. */
export const EMPTY_RECAP = 'le résumé est vide : rédigez le résumé du talk.'

export const TalkSchema = DocumentBaseSchema.extend({
  _type: z.literal('talk'),
  /** Title of the talk as announced. */
  title: text({ max: LIMITS.titleLength, empty: 'le titre est vide : saisissez le titre du talk.' }),
  /** Address of the talk page, generated from the title. */
  slug: SlugSchema,
  /** Former slugs, whose addresses redirect to the current page. Added on publish when the slug changes. */
  previousSlugs: PreviousSlugsSchema.optional(),
  /** The fields picked from a list (format…), one entry each in TALK_CHOICE_FIELDS. */
  ...talkChoiceShape(),
  /** People who gave the talk, in the order they are credited. */
  speakers: z.array(KeyedReferenceSchema).min(1, { error: 'aucun intervenant : ajoutez au moins une personne.' }),
  /** Recap of the talk. */
  body: BlockContentSchema.min(1, { error: EMPTY_RECAP }),
  /** Tags the talk touches. */
  tags: z.array(KeyedReferenceSchema).optional(),
  /** Slides, video and repository of the talk. */
  links: TalkLinksSchema.optional(),
  /** Notes that belong to the talk but are not its recap. */
  asides: z.array(AsideSchema).optional(),
})

export type Talk = z.output<typeof TalkSchema>
