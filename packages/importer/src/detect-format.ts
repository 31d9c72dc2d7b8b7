import { extname } from 'node:path'

/** The input layouts the importer reads, as named by the `--format` flag. */
export const INPUT_FORMATS = ['markdown', 'html', 'text'] as const

export type InputFormat = (typeof INPUT_FORMATS)[number]

const BY_EXTENSION: Record<string, InputFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
}

/**
 * The layout of an input: from its extension when it has a known one, else sniffed from the content
 * (HTML tags, then Markdown headings), else plain text.
 */
export function detectFormat(file: string, content: string): InputFormat {
  const byExtension = BY_EXTENSION[extname(file).toLowerCase()]
  if (byExtension) return byExtension
  const start = content.trimStart().slice(0, 2000)
  if (/^<(?:!doctype\s+html|html|body|article|main|section|h[1-6]|p|div)\b/i.test(start)) return 'html'
  if (/^#{1,3}\s+\S/m.test(content)) return 'markdown'
  return 'text'
}
