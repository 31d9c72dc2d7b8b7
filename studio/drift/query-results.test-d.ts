import type { SessionRow, SiteSettingsEntry, SpeakerRow, TalkRow, TagRow } from '@weshare/schema'
import { expectTypeOf, test } from 'vitest'
import type {
  SessionsQueryResult,
  SiteSettingsQueryResult,
  SpeakersQueryResult,
  TalksQueryResult,
  TagsQueryResult,
} from '../sanity.types.ts'

/*
 * The fields each query returns (typed by `sanity typegen` from the GROQ in packages/content) must
 * be the fields the zod row schemas parse (packages/schema/src/results/query-rows.ts).
 * A failing line names the extra field.
 */

type Fields<T> = Extract<keyof T, string>
type Diff<A, B> = Exclude<Fields<A>, Fields<B>>
/** What `...` projects besides a talk's own fields: the system fields of every document, unused by the site. */
type SystemFields = '_type' | '_createdAt' | '_updatedAt' | '_rev'

test('the sessions query returns what SessionRowSchema parses', () => {
  type Query = SessionsQueryResult[number]
  expectTypeOf<Diff<Query, SessionRow>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<SessionRow, Query>>().toEqualTypeOf<never>()
})

test('the talks query returns what TalkRowSchema parses', () => {
  type Query = Omit<TalksQueryResult[number], SystemFields>
  expectTypeOf<Diff<Query, TalkRow>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<TalkRow, Query>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<Query['speakers'][number], TalkRow['speakers'][number]>>().toEqualTypeOf<never>()
})

test('the speakers query returns what SpeakerRowSchema parses', () => {
  type Query = SpeakersQueryResult[number]
  expectTypeOf<Diff<Query, SpeakerRow>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<SpeakerRow, Query>>().toEqualTypeOf<never>()
})

test('the tags query returns what TagRowSchema parses', () => {
  type Query = TagsQueryResult[number]
  expectTypeOf<Diff<Query, TagRow>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<TagRow, Query>>().toEqualTypeOf<never>()
})

test('the settings query returns what SiteSettingsEntrySchema parses', () => {
  type Query = NonNullable<SiteSettingsQueryResult>
  expectTypeOf<Diff<Query, SiteSettingsEntry>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<SiteSettingsEntry, Query>>().toEqualTypeOf<never>()
})
