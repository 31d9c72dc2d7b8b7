import { z } from 'zod'
import { LIMITS } from './limits.ts'
import { text } from './text.ts'
import { SimpleBlockContentSchema } from './portable-text.ts'

/** A note that belongs to a talk but is not its recap: a replay announcement, a related podcast. */
export const AsideSchema = z.object({
  _type: z.literal('aside'),
  _key: z.string(),
  /** Short heading of the note, such as "Replay" or "Pour aller plus loin". */
  label: text({
    max: LIMITS.labelLength,
    empty: "l'encadré n'a pas d'intitulé : donnez-lui un titre court (« Replay », « À noter »).",
  }),
  /** Text of the note. */
  body: SimpleBlockContentSchema,
})

export type Aside = z.output<typeof AsideSchema>
