import { describe, expect, test } from 'vitest'
import { formatPath, formatProblem, formatProblems, studioEditUrl, subjectName } from './content-problem.ts'

const subject = { type: 'talk', id: 'talk-kafka', label: 'kafka-explique-au-grumpy-cat' }

describe('content problems', () => {
  test('writes field paths the way editors see nested fields', () => {
    expect(formatPath(['speakers', 1, '_ref'])).toBe('speakers[1]._ref')
    expect(formatPath(['links', 'slides'])).toBe('links.slides')
    expect(formatPath([])).toBe('')
  })

  test('puts type, label, id, field and message on one line', () => {
    expect(
      formatProblem(
        { severity: 'error', subject, path: 'format', message: 'format inconnu.' },
        { typeLabels: { talk: 'Talk' } },
      ),
    ).toBe('ERREUR Talk "kafka-explique-au-grumpy-cat" (id talk-kafka) · format : format inconnu.')
  })

  test('links each line to the document in the Studio when the Studio URL is known', () => {
    expect(studioEditUrl('https://weshare.sanity.studio/', subject)).toBe(
      'https://weshare.sanity.studio/intent/edit/id=talk-kafka;type=talk',
    )
    expect(
      formatProblem({ severity: 'warning', subject, path: '', message: 'm.' }, { studioUrl: 'https://s.example' }),
    ).toBe(
      'ATTENTION talk "kafka-explique-au-grumpy-cat" (id talk-kafka) : m. → https://s.example/intent/edit/id=talk-kafka;type=talk',
    )
  })

  test('names a document by its label and id, or by its id alone', () => {
    expect(subjectName(subject)).toBe('"kafka-explique-au-grumpy-cat" (id talk-kafka)')
    expect(subjectName({ id: 'talk-kafka' })).toBe('(id talk-kafka)')
  })

  test('names a document of a damaged export without its terminal escapes, and cuts a huge label', () => {
    const line = formatProblem({
      severity: 'error',
      subject: { type: 'talk', id: 'talk-\u001b[2J', label: `\u001b[31mrouge${'x'.repeat(5000)}` },
      path: 'title',
      message: 'm.',
    })
    expect(line).not.toContain('\u001b')
    expect(line).toContain('(id talk-\\u001B[2J)')
    expect(line.length).toBeLessThan(120)
  })

  test('lists errors before warnings', () => {
    const report = formatProblems([
      { severity: 'warning', subject, path: '', message: 'w.' },
      { severity: 'error', subject, path: '', message: 'e.' },
    ])
    expect(report.split('\n').map((line) => line.split(' ')[0])).toEqual(['ERREUR', 'ATTENTION'])
  })
})
