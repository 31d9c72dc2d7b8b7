import type { Session, SiteSettings, Speaker, Tag, Talk } from '@weshare/schema'
import { expectTypeOf, test } from 'vitest'
import type * as Generated from '../sanity.types.ts'

/*
 * Type-level agreement between the types `sanity typegen` generates from the Studio schema and the
 * types zod infers. A failing line names the type, the side a field is missing from, and the field.
 */

type Fields<T> = Extract<keyof T, string>
type OptionalFields<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T] & string

/** Fields the Studio type has and the zod type lacks. */
type OnlyInStudio<G, Z> = Exclude<Fields<G>, Fields<Z>>
/** Fields the zod type has and the Studio type lacks. */
type OnlyInZod<G, Z> = Exclude<Fields<Z>, Fields<G>>
/** Fields optional on one side and required on the other. */
type OptionalityDiffers<G, Z> =
  Exclude<OptionalFields<G>, OptionalFields<Z>> | Exclude<OptionalFields<Z>, OptionalFields<G>>

/**
 * `true` when the set is empty; otherwise a message naming the fields, so that the compiler error
 * reads: Type 'true' is not assignable to type '"Talk: in zod, not in the Studio: room"'.
 */
type NoFields<T, Message extends string> = [T] extends [never] ? true : `${Message}: ${T & string}`

function agree<G, Z, Name extends string>(
  _checks: [
    NoFields<OnlyInStudio<G, Z>, `${Name}: in the Studio, not in zod`>,
    NoFields<OnlyInZod<G, Z>, `${Name}: in zod, not in the Studio`>,
    NoFields<OptionalityDiffers<G, Z>, `${Name}: optional on one side only`>,
  ],
) {}

test('talk: the generated type and the zod type have the same fields, equally optional', () => {
  agree<Generated.Talk, Talk, 'Talk'>([true, true, true])
  expectTypeOf<Generated.Talk['format']>().toEqualTypeOf<Talk['format']>()
})

test('session: the generated type and the zod type have the same fields, equally optional', () => {
  agree<Generated.Session, Session, 'Session'>([true, true, true])
})

test('speaker: the generated type and the zod type have the same fields, equally optional', () => {
  agree<Generated.Speaker, Speaker, 'Speaker'>([true, true, true])
})

test('tag: the generated type and the zod type have the same fields, equally optional', () => {
  agree<Generated.Tag, Tag, 'Tag'>([true, true, true])
})

test('site settings: the generated type and the zod type have the same fields, equally optional', () => {
  agree<Generated.SiteSettings, SiteSettings, 'SiteSettings'>([true, true, true])
})

test('talk links: the generated type and the zod type have the same fields, equally optional', () => {
  type ZodLinks = NonNullable<Talk['links']>
  agree<Generated.TalkLinks, ZodLinks, 'TalkLinks'>([true, true, true])
})
