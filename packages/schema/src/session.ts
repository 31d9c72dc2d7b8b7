import { z } from 'zod'
import { LIMITS } from './limits.ts'
import { text } from './text.ts'
import { DocumentBaseSchema } from './document.ts'
import { ImageWithAltSchema } from './image.ts'
import { SimpleBlockContentSchema } from './portable-text.ts'
import { KeyedReferenceSchema } from './reference.ts'
import { PreviousSlugsSchema, SlugSchema } from './slug.ts'
import { IsoDateSchema } from './weshare-date.ts'

/** Above this length, search engines cut the description short. */
export const SEO_DESCRIPTION_MAX = 160

/** One session of the blog: the recap of one or more WeShare days, as stored in the dataset. */
export const SessionSchema = DocumentBaseSchema.extend({
  _type: z.literal('session'),
  /** Title of the session. */
  title: text({ max: LIMITS.titleLength, empty: "le titre est vide : saisissez le titre de l'édition." }),
  /** Address of the session page, generated from the title. */
  slug: SlugSchema,
  /** Former slugs, whose addresses redirect to the current page. Added on publish when the slug changes. */
  previousSlugs: PreviousSlugsSchema.optional(),
  /** Dates of the WeShare days this session recaps. */
  dates: z
    .array(IsoDateSchema)
    .min(1, { error: 'aucune date : ajoutez au moins une date de WeShare.' })
    .superRefine((dates, context) => {
      dates.forEach((date, index) => {
        if (dates.indexOf(date) === index) return
        context.addIssue({
          code: 'custom',
          path: [index],
          input: date,
          message: `la date ${date} figure deux fois : l'édition l'afficherait deux fois ; retirez le doublon dans le Studio.`,
        })
      })
    }),
  /** Introduction shown at the top of the session. */
  intro: SimpleBlockContentSchema,
  /** Talks of the session, in the order the recap presents them. */
  talks: z.array(KeyedReferenceSchema).min(1, {
    error:
      "l'édition ne liste aucun talk : ajoutez-lui au moins un talk dans le Studio ; une édition en préparation reste en brouillon jusque-là.",
  }),
  /** Cover image of the session. */
  cover: ImageWithAltSchema.optional(),
  /** Summary for search engines and link previews. */
  seoDescription: text({ max: LIMITS.descriptionLength }).optional(),
})

export type Session = z.output<typeof SessionSchema>
