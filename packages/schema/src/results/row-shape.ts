import { z } from 'zod'

/** A shape whose optional fields are nullish, as GROQ returns them: `null` where a document has no value. */
export type RowShape<S extends z.ZodRawShape> = {
  [K in keyof S]: S[K] extends z.ZodOptional<infer Inner> ? z.ZodOptional<z.ZodNullable<Inner>> : S[K]
}

/**
 * The fields of a stored document as a query returns them, so that a field declared once in the
 * document's schema reaches the query's rows too (the queries project documents with `...`).
 */
export function rowShape<S extends z.ZodRawShape>(shape: S): RowShape<S> {
  return Object.fromEntries(
    Object.entries(shape).map(([name, schema]) => [
      name,
      schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType).nullish() : schema,
    ]),
  ) as RowShape<S>
}
