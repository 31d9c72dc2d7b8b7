import { getRssString } from '@astrojs/rss'
import { DECORATORS, formatDate, IsoDateSchema, validateDocument } from '@weshare/schema'
import fc from 'fast-check'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, test } from 'vitest'
import { escapeHtml } from './rich-text/escape-html.ts'
import { richTextToHtml } from './rich-text/to-html.ts'

/*
 * Arbitrary Unicode in every text field an editor fills in: either validation refuses it with a
 * message that names the field, or the renderers turn it into well-formed HTML and XML. Nothing in
 * between: no crash, and no accepted text that breaks a page or the feed.
 */

const meta = { _createdAt: '2024-03-04T09:00:00Z', _updatedAt: '2024-03-04T09:00:00Z', _rev: 'r1' }
const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: 's', text, marks })
const block = (text: string, marks: string[] = []) => ({
  _type: 'block',
  _key: 'b',
  style: 'normal',
  markDefs: [{ _type: 'link', _key: 'l', href: 'https://example.org/' }],
  children: [span(text, marks)],
})

/** A valid document of each type, with one text field replaced by `value`. */
const FIELDS: ReadonlyArray<readonly [string, (value: string) => Record<string, unknown>]> = [
  ['talk title', (title) => talk({ title })],
  ['talk recap span', (text) => talk({ body: [block(text, [...Object.keys(DECORATORS), 'l'])] })],
  ['talk code block', (code) => talk({ body: [{ _type: 'codeBlock', _key: 'c', code }] })],
  ['talk aside label', (label) => talk({ asides: [{ _type: 'aside', _key: 'a', label, body: [block('Replay')] }] })],
  ['image alt', (alt) => talk({ body: [block('x'), { _type: 'image', _key: 'i', alt }] })],
  ['session title', (title) => session({ title })],
  ['session SEO description', (seoDescription) => session({ seoDescription })],
  ['session intro span', (text) => session({ intro: [block(text)] })],
  ['speaker name', (name) => speaker({ name })],
  ['speaker bio', (bio) => speaker({ bio })],
  [
    'speaker link label',
    (label) => speaker({ links: [{ _type: 'externalLink', _key: 'k', label, url: 'https://example.org/' }] }),
  ],
  ['tag title', (title) => tag({ title })],
  ['tag description', (description) => tag({ description })],
  ['site title', (title) => settings({ title })],
  ['site description', (description) => settings({ description })],
]

function talk(fields: Record<string, unknown>) {
  return {
    _id: 'talk-a',
    _type: 'talk',
    ...meta,
    title: 'Un talk',
    slug: { _type: 'slug', current: 'un-talk' },
    format: 'rex',
    speakers: [{ _type: 'reference', _ref: 'speaker-a', _key: 'k' }],
    body: [block('Le récap.')],
    ...fields,
  }
}
function session(fields: Record<string, unknown>) {
  return {
    _id: 'session-a',
    _type: 'session',
    ...meta,
    title: 'Une édition',
    slug: { _type: 'slug', current: 'une-session' },
    dates: ['2024-03-04'],
    intro: [block('Intro.')],
    talks: [],
    ...fields,
  }
}
function speaker(fields: Record<string, unknown>) {
  return {
    _id: 'speaker-a',
    _type: 'speaker',
    ...meta,
    name: 'Camille',
    slug: { _type: 'slug', current: 'camille' },
    ...fields,
  }
}
function tag(fields: Record<string, unknown>) {
  return { _id: 'tag-a', _type: 'tag', ...meta, title: 'Sujet', slug: { _type: 'slug', current: 'sujet' }, ...fields }
}
function settings(fields: Record<string, unknown>) {
  return {
    _id: 'siteSettings',
    _type: 'siteSettings',
    ...meta,
    title: 'WeShare',
    description: 'Les récaps.',
    language: 'fr',
    baseUrl: 'https://recaps.weshare.example',
    ...fields,
  }
}

/** Characters XML 1.0 allows (https://www.w3.org/TR/xml/#charsets), every one of them, and nothing else. */
const XML_CHARACTERS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u

function expectWellFormed(markup: string, what: string): void {
  expect(XML_CHARACTERS.test(markup), `${what} holds a character XML refuses: ${JSON.stringify(markup)}`).toBe(true)
  // The rich-text renderer writes HTML void elements without a slash; XML needs one.
  const xml = `<root>${markup.replace(/<(br|img)([^>]*)>/g, '<$1$2/>')}</root>`
  expect(XMLValidator.validate(xml), `${what} is not well-formed: ${markup}`).toBe(true)
}

/** Text from every corner of Unicode, and the characters known to break pages, mixed in. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('\u0000', '\u0007', '\u001b', '\u0085', '\u202e', '\u2066', '\u200b', '\u00a0', '\u0301'),
        fc.constantFrom('\uD800', '\uDFFF', '\uFFFE', '<', '&', '"', "'", ']]>', '<!--', 'a', ' ', '\n', '\t'),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
)

describe('arbitrary Unicode in a text field', () => {
  test.each(FIELDS)(
    'in the %s is refused with a message, or renders into well-formed HTML and XML',
    async (field, withText) => {
      await fc.assert(
        fc.asyncProperty(hostileText, async (value) => {
          const document = withText(value)
          const problems = validateDocument(document)
          if (problems.length > 0) {
            for (const problem of problems) {
              expect(problem.message, `${field}: empty message`).toMatch(/\S.{10,}/)
              expect(problem.message).not.toMatch(/\bundefined\b/)
              expect(XML_CHARACTERS.test(problem.message), `${field}: the message carries the bad character`).toBe(true)
            }
            return
          }
          const body = (document.body ?? document.intro ?? []) as Array<{ _type: string; _key: string }>
          expectWellFormed(richTextToHtml(body), `${field}: the rich text`)
          expectWellFormed(escapeHtml(value), `${field}: the escaped text`)
          const feed = await getRssString({
            title: field.startsWith('site') ? String(document.title) : 'WeShare',
            description: field.startsWith('site') ? String(document.description) : 'Les récaps.',
            site: 'https://recaps.weshare.example',
            items: [{ title: value.trim() || 'x', link: '/talks/un-talk/', description: value }],
          })
          expect(XML_CHARACTERS.test(feed), `${field}: the feed holds a character XML refuses`).toBe(true)
          expect(XMLValidator.validate(feed), `${field}: the feed is not well-formed`).toBe(true)
        }),
        { numRuns: 150 },
      )
    },
  )
})

describe('an arbitrary date', () => {
  test('is refused with a message, or formats as a French date', () => {
    const dates = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
    )
    fc.assert(
      fc.property(dates, (value) => {
        const result = IsoDateSchema.safeParse(value)
        if (!result.success) {
          expect(result.error.issues[0]?.message).toMatch(/AAAA-MM-JJ|hors de la période/)
          return
        }
        expect(formatDate(value, { weekday: true })).toMatch(/^[a-z]+ \d{1,2} [a-zéû]+ \d{4}$/)
      }),
      { numRuns: 500 },
    )
  })
})
