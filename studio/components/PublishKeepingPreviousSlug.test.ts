import type { DocumentActionComponent, DocumentActionProps } from 'sanity'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { previousSlugsAfterPublish } from './previous-slugs.ts'

const execute = vi.fn()
vi.mock('sanity', () => ({ useDocumentOperation: () => ({ patch: { execute } }) }))
const { publishKeepingPreviousSlug } = await import('./PublishKeepingPreviousSlug.ts')

const slug = (current: string) => ({ _type: 'slug', current })
const published = (current: string, previousSlugs?: string[]) => ({
  _id: 'talk-kafka',
  slug: slug(current),
  previousSlugs,
})

describe('previousSlugsAfterPublish', () => {
  test('adds the published slug when the draft changes it', () => {
    expect(previousSlugsAfterPublish(published('kafka'), { slug: slug('kafka-en-prod') })).toEqual(['kafka'])
  })

  test('keeps each former slug once, in the order they were left', () => {
    expect(
      previousSlugsAfterPublish(published('kafka-v2'), { slug: slug('kafka-v3'), previousSlugs: ['kafka'] }),
    ).toEqual(['kafka', 'kafka-v2'])
    // Already kept (the slug went back and forth): nothing to add.
    expect(
      previousSlugsAfterPublish(published('kafka-v2'), {
        slug: slug('kafka-v3'),
        previousSlugs: ['kafka-v2', 'kafka'],
      }),
    ).toBeUndefined()
  })

  test('drops a former slug the document takes back', () => {
    expect(previousSlugsAfterPublish(published('kafka-v2'), { slug: slug('kafka'), previousSlugs: ['kafka'] })).toEqual(
      ['kafka-v2'],
    )
  })

  test('leaves the list alone when the slug did not change or the document was never published', () => {
    expect(previousSlugsAfterPublish(published('kafka'), { slug: slug('kafka') })).toBeUndefined()
    expect(
      previousSlugsAfterPublish(published('kafka'), { slug: slug('kafka'), previousSlugs: ['old'] }),
    ).toBeUndefined()
    expect(previousSlugsAfterPublish(null, { slug: slug('kafka') })).toBeUndefined()
  })
})

describe('the publish action', () => {
  const onHandle = vi.fn()
  const publish: DocumentActionComponent = () => ({ label: 'Publier', onHandle })
  publish.action = 'publish'
  const props = (draft: Record<string, unknown>) =>
    ({ id: 'talk-kafka', type: 'talk', published: published('kafka'), draft }) as unknown as DocumentActionProps

  beforeEach(() => {
    execute.mockClear()
    onHandle.mockClear()
  })

  test('records the old slug on the draft, then publishes', () => {
    const action = publishKeepingPreviousSlug(publish)
    const description = action(props({ _id: 'drafts.talk-kafka', slug: slug('kafka-en-prod') }))
    description?.onHandle?.()
    expect(execute).toHaveBeenCalledWith([{ set: { previousSlugs: ['kafka'] } }])
    expect(onHandle).toHaveBeenCalledOnce()
    expect(execute.mock.invocationCallOrder[0]).toBeLessThan(onHandle.mock.invocationCallOrder[0]!)
  })

  test('publishes without a patch when the slug is unchanged', () => {
    publishKeepingPreviousSlug(publish)(props({ _id: 'drafts.talk-kafka', slug: slug('kafka') }))?.onHandle?.()
    expect(execute).not.toHaveBeenCalled()
    expect(onHandle).toHaveBeenCalledOnce()
  })

  test('stays the publish action, and the same component for the same action', () => {
    expect(publishKeepingPreviousSlug(publish).action).toBe('publish')
    expect(publishKeepingPreviousSlug(publish)).toBe(publishKeepingPreviousSlug(publish))
  })
})
