import { expect, test } from 'vitest'
import { referencesIn } from './references-in.ts'

test('finds every reference of a document with its path, nested ones included', () => {
  const talk = {
    _id: 'talk-1',
    _type: 'talk',
    speakers: [
      { _type: 'reference', _ref: 'speaker-ada', _key: 'a' },
      { _type: 'reference', _ref: 'speaker-alan', _key: 'b' },
    ],
    asides: [{ _type: 'aside', body: [{ _type: 'block', related: { _ref: 'tag-kafka' } }] }],
  }
  expect(referencesIn(talk)).toEqual([
    { path: ['speakers', 0], ref: 'speaker-ada' },
    { path: ['speakers', 1], ref: 'speaker-alan' },
    { path: ['asides', 0, 'body', 0, 'related'], ref: 'tag-kafka' },
  ])
})

test('leaves out image assets, which are files rather than documents', () => {
  const speaker = {
    _id: 'speaker-ada',
    avatar: { _type: 'image', asset: { _type: 'reference', _ref: 'image-abc-200x200-jpg' } },
  }
  expect(referencesIn(speaker)).toEqual([])
})
