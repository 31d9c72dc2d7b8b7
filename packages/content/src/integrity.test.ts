import { describe, expect, test } from 'vitest'
import { integrityProblems } from './integrity.ts'

describe('integrityProblems', () => {
  test('refuses a second site settings document, which the site would silently ignore', () => {
    const problems = integrityProblems([
      { _id: 'siteSettings', _type: 'siteSettings' },
      { _id: 'siteSettings-old', _type: 'siteSettings' },
    ])
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        subject: expect.objectContaining({ id: 'siteSettings-old' }),
        message: expect.stringMatching(/^un second document de réglages du site \(id siteSettings-old\)/),
      }),
    ])
  })

  const talk = (extra: Record<string, unknown>) => [
    { _id: 'siteSettings', _type: 'siteSettings' },
    { _id: 'speaker-camille', _type: 'speaker' },
    { _id: 'talk-traces', _type: 'talk', slug: { current: 'traces' }, ...extra },
  ]
  const ref = (id: string, key: string) => ({ _type: 'reference', _ref: id, _key: key })
  const messages = (problems: ReturnType<typeof integrityProblems>) =>
    problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.path} : ${problem.message}`)

  test('refuses a speaker listed twice by a talk, in one line however many copies there are', () => {
    const speakers = Array.from({ length: 500 }, (_, index) => ref('speaker-camille', `k${index}`))
    expect(messages(integrityProblems(talk({ speakers })))).toEqual([
      expect.stringMatching(
        /^speakers\[1\] : l'intervenant speaker-camille est déjà dans la liste \(speakers\[0\]\), et y revient encore 498 fois/,
      ),
    ])
  })

  test('refuses two items of an array with one _key, anywhere in a document', () => {
    const block = (key: string) => ({ _type: 'block', _key: key, children: [{ _type: 'span', _key: 's', text: 'x' }] })
    expect(messages(integrityProblems(talk({ body: [block('b1'), block('b2'), block('b1')] })))).toEqual([
      expect.stringMatching(
        /^body\[2\] : cet élément a la même clé _key "b1" que body\[0\] : le fichier de données est abîmé/,
      ),
    ])
  })

  test('escapes an id from the file in the message of a dangling reference', () => {
    const [problem] = messages(integrityProblems(talk({ speakers: [ref('speaker-\u001b[2J', 'k')] })))
    expect(problem).toContain('(id speaker-\\u001B[2J)')
    expect(problem).not.toContain('\u001b')
  })
})
