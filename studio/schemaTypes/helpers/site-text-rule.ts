import type { CustomValidator, Path, ValidationError } from 'sanity'

/*
 * Text hygiene in the Studio, by the zod schema the build checks the same field with
 * (@weshare/schema: text() in text.ts, with the field's limit from LIMITS): control characters,
 * bidirectional overrides, half surrogate pairs, text with no visible character and text over its
 * length are refused while the editor types, with the words the build would print. The build also
 * stores text in NFC; the Studio keeps what was typed, and counts the length as the build does.
 */

/** A zod schema of @weshare/schema, as far as these rules use it. */
export interface TextSchema {
  safeParse(value: unknown): { success: boolean; error?: { issues: ReadonlyArray<{ message: string }> } }
}

/** The first issue of `schema` with `value`, as a sentence, or undefined when the build accepts it. */
export function siteTextProblem(schema: TextSchema, value: unknown): string | undefined {
  const result = schema.safeParse(value)
  const message = result.success ? undefined : result.error?.issues[0]?.message
  return message === undefined ? undefined : `${message.charAt(0).toUpperCase()}${message.slice(1)}`
}

/**
 * The Studio rule of a text field, from the zod schema of that field (`TalkSchema.shape.title`).
 * An absent or empty value is left to the field's own required rule, which says what to fill in.
 */
export function siteTextRule(schema: TextSchema): CustomValidator<string | undefined> {
  return (value) => (value === undefined || value === '' ? true : (siteTextProblem(schema, value) ?? true))
}

interface StudioBlock {
  children?: ReadonlyArray<{ _key?: string; text?: unknown }>
}

/**
 * The rule of a rich-text block: each span's text checked by `spanText` (the zod schema of a
 * span's `text`), each problem marked on that span.
 */
export function spanTextRule(spanText: TextSchema): CustomValidator<unknown> {
  return (block) => {
    const children = (block as StudioBlock | undefined)?.children
    const problems: ValidationError[] = (Array.isArray(children) ? children : []).flatMap((span, index) => {
      if (typeof span.text !== 'string' || span.text === '') return []
      const message = siteTextProblem(spanText, span.text)
      const path: Path = ['children', span._key === undefined ? index : { _key: span._key }, 'text']
      return message === undefined ? [] : [{ message, path }]
    })
    return problems.length > 0 ? problems : true
  }
}
