import { describe, expect, test } from 'vitest'
import { richTextWarnings } from './rich-text-warnings.ts'

const talk = (children: unknown[], markDefs: unknown[] = []) => ({
  _id: 'talk-a',
  _type: 'talk',
  slug: { current: 'talk-a' },
  body: [{ _type: 'block', _key: 'b1', children, markDefs }],
})

describe('richTextWarnings()', () => {
  test('warns about a style the site does not know, naming the path and the text', () => {
    const [warning] = richTextWarnings(talk([{ _type: 'span', _key: 's', text: 'souligné', marks: ['underline'] }]))
    expect(warning).toMatchObject({
      severity: 'warning',
      subject: { id: 'talk-a' },
      path: 'body[0].children[0].marks[0]',
    })
    expect(warning?.message).toMatch(
      /le style "underline" n'est ni un style connu.*le texte "souligné" est publié sans lui/,
    )
  })

  test('warns about a link whose address is not published, once per link', () => {
    const warnings = richTextWarnings(
      talk(
        [
          { _type: 'span', _key: 's1', text: 'clic', marks: ['l1'] },
          { _type: 'span', _key: 's2', text: 'ici', marks: ['l1', 'strong'] },
        ],
        [{ _type: 'link', _key: 'l1', href: 'javascript:alert(1)' }],
      ),
    )
    expect(warnings.map((warning) => [warning.path, warning.message.slice(0, 46)])).toEqual([
      ['body[0].markDefs[0].href', 'le lien vers "javascript:alert(1)" n\'est pas p'],
    ])
  })

  test('is silent about bold text and safe links', () => {
    expect(
      richTextWarnings(
        talk(
          [{ _type: 'span', _key: 's', text: 'doc', marks: ['strong', 'l1'] }],
          [{ _type: 'link', _key: 'l1', href: 'https://example.org/' }],
        ),
      ),
    ).toEqual([])
  })
})
