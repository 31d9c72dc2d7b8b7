import { z } from 'zod'
import { DocumentBaseSchema } from './document.ts'
import { ImageWithAltSchema } from './image.ts'
import { SimpleBlockContentSchema } from './portable-text.ts'
import { KeyedReferenceSchema } from './reference.ts'
import { PreviousSlugsSchema, SlugSchema } from './slug.ts'

/** Above this length, search engines cut the description short. */
export const SEO_DESCRIPTION_MAX = 160

export const IsoDateSchema = z.iso.date({
  error: (issue) =>
    `"${String(issue.input)}" n'est pas une date au format AAAA-MM-JJ : choisissez-la dans le calendrier.`,
})

/** One edition of the blog: the recap of one or more WeShare days, as stored in the dataset. */
export const SessionSchema = DocumentBaseSchema.extend({
  _type: z.literal('session'),
  /** Title of the edition. */
  title: z.string().trim().min(1, { error: "le titre est vide : saisissez le titre de l'édition." }),
  /** Address of the edition page, generated from the title. */
  slug: SlugSchema,
  /** Former slugs, whose addresses redirect to the current page. Added on publish when the slug changes. */
  previousSlugs: PreviousSlugsSchema.optional(),
  /** Dates of the WeShare days this edition recaps. */
  dates: z.array(IsoDateSchema).min(1, { error: 'aucune date : ajoutez au moins une date de WeShare.' }),
  /** Introduction shown at the top of the edition. */
  intro: SimpleBlockContentSchema,
  /** Talks of the edition, in the order the recap presents them. */
  talks: z.array(KeyedReferenceSchema),
  /** Cover image of the edition. */
  cover: ImageWithAltSchema.optional(),
  /** Summary for search engines and link previews. */
  seoDescription: z.string().optional(),
})

export type Session = z.output<typeof SessionSchema>
