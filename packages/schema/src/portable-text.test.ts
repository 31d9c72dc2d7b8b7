import { describe, expect, test } from 'vitest'
import { BlockSchema, SimpleBlockSchema } from './portable-text.ts'
import { DECORATORS, RECAP_TEXT, SHORT_TEXT } from './rich-text-members.ts'

const paragraph = (marks: string[], markDefs: Array<{ _key: string; href: string }> = []) => ({
  _type: 'block',
  _key: 'b1',
  style: 'normal',
  children: [{ _type: 'span', _key: 's1', text: 'Kafka en production', marks }],
  markDefs: markDefs.map((definition) => ({ _type: 'link', ...definition })),
})

describe('text blocks', () => {
  test('accept every decorator the Studio offers, and a mark naming a link of the block', () => {
    expect(BlockSchema.safeParse(paragraph([...RECAP_TEXT.decorators])).success).toBe(true)
    expect(SimpleBlockSchema.safeParse(paragraph([...SHORT_TEXT.decorators])).success).toBe(true)
    expect(BlockSchema.safeParse(paragraph(['l1'], [{ _key: 'l1', href: 'https://kafka.apache.org' }])).success).toBe(
      true,
    )
  })

  test('reject a mark that is neither a decorator nor a link of the block, naming the span', () => {
    const result = BlockSchema.safeParse(paragraph(['underline']))
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'children.0.marks',
        `la marque « underline » n'est ni un style permis ici (${Object.values(DECORATORS)
          .map((title) => title.toLowerCase())
          .join(
            ', ',
          )}) ni un lien de ce paragraphe : sélectionnez le texte dans le Studio et appliquez-lui à nouveau son style ou son lien.`,
      ],
    ])
  })

  test('accept in short text only the styles and lists it allows', () => {
    expect(SimpleBlockSchema.safeParse({ ...paragraph([]), style: 'h2' }).success).toBe(false)
    expect(SimpleBlockSchema.safeParse({ ...paragraph([]), listItem: 'number' }).success).toBe(false)
    expect(BlockSchema.safeParse({ ...paragraph([]), style: 'h2', listItem: 'number' }).success).toBe(true)
  })
})
