import { describe, expect, test } from 'vitest'
import { DatasetFileSource } from './dataset-file-source.ts'

const documents = [
  { _id: 'talk-a', _type: 'talk', title: 'Publié' },
  { _id: 'drafts.talk-a', _type: 'talk', title: 'Brouillon secret' },
  { _id: 'versions.rel1.talk-a', _type: 'talk', title: 'Version de release' },
  { _id: '_.groups.public', _type: 'system.group' },
  { _id: 'drafts.talk-b', _type: 'talk', title: 'Jamais publié' },
]

describe('DatasetFileSource', () => {
  test('drops drafts, release versions and system documents before any query runs', async () => {
    const source = new DatasetFileSource(documents, 'test')
    expect(await source.fetch('*[]._id')).toEqual(['talk-a'])
    expect(await source.fetch('*[_id in path("drafts.**") || _id in path("versions.**")]')).toEqual([])
    expect(source.unpublishedIgnored).toBe(4)
  })

  test('evaluates GROQ with parameters and dereferences', async () => {
    const source = new DatasetFileSource(
      [
        { _id: 's1', _type: 'speaker', name: 'Lilian' },
        { _id: 't1', _type: 'talk', title: 'Mosh', speakers: [{ _type: 'reference', _ref: 's1', _key: 'k' }] },
      ],
      'test',
    )
    expect(await source.fetch('*[_type == $type][0]{title, "who": speakers[]->name}', { type: 'talk' })).toEqual({
      title: 'Mosh',
      who: ['Lilian'],
    })
  })
})
