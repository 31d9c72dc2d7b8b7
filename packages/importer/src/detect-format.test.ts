import { expect, test } from 'vitest'
import { detectFormat } from './detect-format.ts'

test('trusts a known extension whatever the content looks like', () => {
  expect(detectFormat('recap.md', '<p>hi</p>')).toBe('markdown')
  expect(detectFormat('recap.MARKDOWN', '')).toBe('markdown')
  expect(detectFormat('recap.htm', '# Title')).toBe('html')
  expect(detectFormat('recap.txt', '# Title')).toBe('text')
})

test('sniffs HTML, then Markdown, then falls back to plain text for other names', () => {
  expect(detectFormat('recap', '<!DOCTYPE html><html><body></body></html>')).toBe('html')
  expect(detectFormat('recap.post', '\n<article><h2>REX</h2></article>')).toBe('html')
  expect(detectFormat('recap', 'Intro\n\n## REX\n\n### Talk\n')).toBe('markdown')
  expect(detectFormat('recap', 'Sommaire\nQuickie\nUn talk\n')).toBe('text')
})
