import { describe, expect, test } from 'vitest'
import { LIMITS } from './limits.ts'
import { BlockSchema, SimpleBlockSchema } from './portable-text.ts'
import { DECORATORS, RECAP_TEXT, SHORT_TEXT } from './rich-text-members.ts'
import { richTextWarnings } from './rich-text-warnings.ts'

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

  test('accept a mark that is neither a decorator nor a link, which the page leaves out and a warning reports', () => {
    expect(BlockSchema.safeParse(paragraph(['underline'])).success).toBe(true)
    const [warning] = richTextWarnings({ _id: 't1', _type: 'talk', title: 'Kafka', body: [paragraph(['underline'])] })
    expect(warning?.path).toBe('body[0].children[0].marks[0]')
    for (const title of Object.values(DECORATORS)) expect(warning?.message).toContain(title.toLowerCase())
  })

  test('accept in short text only the styles and lists it allows', () => {
    expect(SimpleBlockSchema.safeParse({ ...paragraph([]), style: 'h2' }).success).toBe(false)
    expect(SimpleBlockSchema.safeParse({ ...paragraph([]), listItem: 'number' }).success).toBe(false)
    expect(BlockSchema.safeParse({ ...paragraph([]), style: 'h2', listItem: 'number' }).success).toBe(true)
  })

  test('refuse a list nested deeper than the limit, which the renderer could not nest', () => {
    const item = (level: number) => ({ ...paragraph([]), listItem: 'bullet', level })
    expect(BlockSchema.safeParse(item(LIMITS.listLevel)).success).toBe(true)
    expect(BlockSchema.safeParse(item(1000)).error?.issues.map((issue) => issue.message)).toEqual([
      "niveau de liste 1000 : une liste s'imbrique sur 10 niveaux au plus ; remontez ce point d'un ou plusieurs crans avec l'éditeur du Studio.",
    ])
  })

  test('refuse a span with more styles and links than the limit, which the renderer nests one in another', () => {
    const marks = Array<string>(LIMITS.spanMarks + 1).fill('strong')
    expect(BlockSchema.safeParse(paragraph(marks)).error?.issues[0]?.message).toMatch(
      /^ce passage porte 17 styles ou liens pour 16 au plus/,
    )
    expect(BlockSchema.safeParse(paragraph(marks.slice(1))).success).toBe(true)
  })

  test('refuse a paragraph of more spans than the limit', () => {
    const children = Array.from({ length: LIMITS.blockSpans + 1 }, (_, index) => ({
      _type: 'span',
      _key: `s${index}`,
      text: 'mot ',
    }))
    expect(BlockSchema.safeParse({ ...paragraph([]), children }).error?.issues[0]?.message).toMatch(
      /^le paragraphe compte 1\u202f001 morceaux de texte pour 1\u202f000 au plus/,
    )
  })
})
