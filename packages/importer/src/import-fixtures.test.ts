import { readFileSync } from 'node:fs'
import type { Talk } from '@weshare/schema'
import { expect, test } from 'vitest'
import { importRecap } from './import-recap.ts'
import { formatReport } from './report.ts'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')

test('reads the same session from the Markdown and the HTML version of a recap', () => {
  const markdown = importRecap(fixture('recap.md'), { file: 'recap.md' })
  const html = importRecap(fixture('recap.html'), { file: 'recap.html' })
  expect(markdown.problems).toEqual([])
  expect(markdown.summary.talks.map((talk) => [talk.format, talk.title, talk.speakers])).toEqual([
    ['quickie', 'Quand un incident remet en cause la gestion des secrets', ['Benoît']],
    ['rex', 'Expliquez-moi la CNCF', ['Ismaël', 'David']],
    ['conference', 'Kafka expliqué au Grumpy Cat', ['Joachim', 'Stéphane']],
    ['conference', 'Pulumi - Infra as true Code', ['Stéphane']],
  ])
  expect(JSON.stringify(html.documents)).toBe(JSON.stringify(markdown.documents))
})

test('takes the h1 as the session title and the dates written in the intro', () => {
  const { summary } = importRecap(fixture('recap.md'), { file: 'recap.md' })
  expect(summary.title).toBe('WeShare de février et mars 2023')
  expect(summary.dates).toEqual(['2023-02-06', '2023-03-06'])
  expect(summary.introParagraphs).toBe(1)
})

test('keeps lists, links, emphasis, sub-headings and code of a recap as Portable Text', () => {
  const { documents } = importRecap(fixture('recap.md'), { file: 'recap.md' })
  const talk = (id: string) => documents.find((document): document is Talk => document._id === id)
  const secrets = talk('talk-quand-un-incident-remet-en-cause-la-gestion-des-secrets')
  expect(secrets?.body.filter((block) => block._type === 'block' && block.listItem === 'bullet')).toHaveLength(3)
  expect(secrets?.body[0]).toMatchObject({
    children: [{ text: "Après l'incident de CircleCI, " }, { text: 'Benoît', marks: ['strong'] }, {}],
  })

  const cncf = talk('talk-expliquez-moi-la-cncf')?.body[0]
  expect(cncf).toMatchObject({ markDefs: [{ _type: 'link', href: 'https://www.cncf.io/' }] })
  const link = cncf?._type === 'block' ? cncf.children.find((child) => child.text === 'CNCF') : undefined
  expect(link?.marks).toEqual([cncf?._type === 'block' ? cncf.markDefs?.[0]?._key : 'no link'])

  expect(talk('talk-kafka-explique-au-grumpy-cat')?.body[1]).toMatchObject({
    style: 'h3',
    children: [{ text: 'Pour aller plus loin' }],
  })
  expect(talk('talk-pulumi-infra-as-true-code')?.body[1]).toMatchObject({
    _type: 'codeBlock',
    language: 'typescript',
    code: "new aws.s3.Bucket('recaps')",
  })
})

test('reports, with their lines, what it could not map instead of guessing', () => {
  const { summary, documents, problems } = importRecap(fixture('recap-with-gaps.md'), { file: 'recap-with-gaps.md' })
  expect(summary.unmapped.map((item) => [item.line, item.text])).toEqual([
    [7, 'Cette année, douze conférences ont rythmé la journée.'],
    [13, 'Une conférence sans intervenant'],
    [17, 'Un talk annoncé'],
    [19, 'Démonstrations'],
    [21, 'Une démo'],
  ])
  expect(summary.unmapped.map((item) => item.why)).toEqual([
    expect.stringMatching(/^paragraph before any talk title/),
    expect.stringMatching(/^no speaker found/),
    expect.stringMatching(/^talk has no recap text/),
    expect.stringMatching(/^heading is not a talk format/),
    expect.stringMatching(/^talk under the heading "Démonstrations"/),
  ])
  expect(documents.filter((document) => document._type === 'talk').map((document) => document._id)).toEqual([
    'talk-mimir',
  ])
  expect(problems).toEqual([])

  const report = formatReport(summary)
  expect(report).toContain('line 13: "Une conférence sans intervenant": no speaker found')
  expect(report).toContain('Talks     1: Quickie 0 · REX 0 · Tools in Action 0 · Conférence 1 · Hands-on 0')
})

test('finds no talk in a text without format headings', () => {
  const { summary, documents } = importRecap('Un billet de blog sans sections.\n', { file: 'note.txt' })
  expect(summary.talks).toEqual([])
  expect(documents).toEqual([])
})
