import { z } from 'zod'

/** A reference to another document, as stored: `{ _type: 'reference', _ref: '<id>' }`. */
export const ReferenceSchema = z.object({
  _type: z.literal('reference'),
  _ref: z.string().min(1),
  _weak: z.boolean().optional(),
})

/** A reference inside an array, where Sanity adds a `_key` to each item. */
export const KeyedReferenceSchema = ReferenceSchema.extend({
  _key: z.string().min(1),
})

export type Reference = z.output<typeof ReferenceSchema>
export type KeyedReference = z.output<typeof KeyedReferenceSchema>
