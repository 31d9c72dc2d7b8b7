import type { EditionEntry, SiteSettingsEntry, SpeakerEntry, TalkEntry, TopicEntry } from '@weshare/schema'
import { expectTypeOf, test } from 'vitest'
import type {
  EditionsQueryResult,
  SiteSettingsQueryResult,
  SpeakersQueryResult,
  TalksQueryResult,
  TopicsQueryResult,
} from '../sanity.types.ts'

/*
 * The fields each query returns (typed by `sanity typegen` from the GROQ in packages/content) must
 * be the fields the zod result schemas parse. A failing line names the extra field.
 * `previous` and `next` are derived from the edition order after the talks query runs.
 */

type Fields<T> = Extract<keyof T, string>
type Diff<A, B> = Exclude<Fields<A>, Fields<B>>

test('the editions query returns what EditionEntrySchema parses', () => {
  type Query = EditionsQueryResult[number]
  expectTypeOf<Diff<Query, EditionEntry>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<EditionEntry, Query>>().toEqualTypeOf<never>()
  type QueryTalk = NonNullable<Query['talks']>[number]
  expectTypeOf<Diff<QueryTalk, EditionEntry['talks'][number]>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<EditionEntry['talks'][number], QueryTalk>>().toEqualTypeOf<never>()
})

test('the talks query returns what TalkEntrySchema parses, previous and next aside', () => {
  type Query = TalksQueryResult[number]
  expectTypeOf<Diff<Query, TalkEntry>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<TalkEntry, Query>>().toEqualTypeOf<'previous' | 'next'>()
})

test('the speakers query returns what SpeakerEntrySchema parses', () => {
  type Query = SpeakersQueryResult[number]
  expectTypeOf<Diff<Query, SpeakerEntry>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<SpeakerEntry, Query>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<Query['talks'][number], SpeakerEntry['talks'][number]>>().toEqualTypeOf<never>()
})

test('the topics query returns what TopicEntrySchema parses', () => {
  type Query = TopicsQueryResult[number]
  expectTypeOf<Diff<Query, TopicEntry>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<TopicEntry, Query>>().toEqualTypeOf<never>()
})

test('the settings query returns what SiteSettingsEntrySchema parses', () => {
  type Query = NonNullable<SiteSettingsQueryResult>
  expectTypeOf<Diff<Query, SiteSettingsEntry>>().toEqualTypeOf<never>()
  expectTypeOf<Diff<SiteSettingsEntry, Query>>().toEqualTypeOf<never>()
})
