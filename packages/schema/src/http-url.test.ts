import { describe, expect, test } from 'vitest'
import { HttpUrlSchema } from './http-url.ts'
import { hasCredentials, safeHref } from './safe-href.ts'
import { SessionSchema } from './session.ts'
import { SiteSettingsSchema } from './site-settings.ts'
import { SlugValueSchema } from './slug.ts'

const issues = (
  schema: { safeParse: (value: unknown) => { error?: { issues: Array<{ message: string }> } } },
  value: unknown,
) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? []

describe('addresses with a user name or password', () => {
  test('are refused in a link, without quoting the password', () => {
    const [message, ...rest] = issues(HttpUrlSchema, 'https://camille:motdepasse@camille.example/')
    expect(rest).toEqual([])
    expect(message).toMatch(/^l'adresse contient un nom d'utilisateur ou un mot de passe/)
    expect(message).not.toContain('motdepasse')
  })

  test('are refused when they make a link read as another host', () => {
    expect(hasCredentials('https://banque.example@piege.example/')).toBe(true)
    expect(hasCredentials('https://piege.example/?next=a@b')).toBe(false)
  })

  test('are not rendered as links in rich text', () => {
    expect(safeHref('https://banque.example@piege.example/')).toBeNull()
    expect(safeHref('https://banque.example/compte')).toBe('https://banque.example/compte')
  })
})

describe('values of a damaged export', () => {
  test('a site address with a query or a fragment is refused', () => {
    const parsed = SiteSettingsSchema.shape.baseUrl.safeParse('https://recaps.example/?utm=1')
    expect(parsed.error?.issues[0]?.message).toMatch(/a une partie « \? » ou « # »/)
  })

  test('a session that lists one date twice is refused at the repeated date', () => {
    const parsed = SessionSchema.shape.dates.safeParse(['2024-03-04', '2024-03-05', '2024-03-04'])
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [[2], expect.stringMatching(/^la date 2024-03-04 figure deux fois/)],
    ])
  })

  test('a slug that is a number is called what it is, not empty', () => {
    expect(issues(SlugValueSchema, 12)).toEqual([expect.stringMatching(/^le slug "12" n'est pas un texte/)])
    expect(issues(SlugValueSchema, undefined)).toEqual([expect.stringMatching(/^le slug est vide/)])
  })
})
