import { CodeBlockSchema } from '@weshare/schema'

/** Names fences and `language-*` classes often use for a language, by the name the site knows it. */
const ALIASES: Record<string, string> = {
  ts: 'typescript',
  tsx: 'typescript',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  sh: 'bash',
  shell: 'bash',
  zsh: 'bash',
  console: 'bash',
  tf: 'hcl',
  terraform: 'hcl',
  yml: 'yaml',
  golang: 'go',
  txt: 'text',
  plaintext: 'text',
}

/**
 * The language to store on a code block: the input's name in the site's spelling, when the schema of a
 * code block accepts it; `undefined` when it does not, so the code is kept and shown as written.
 */
export function codeLanguage(name: string): string | undefined {
  const lower = name.trim().toLowerCase()
  const candidate = ALIASES[lower] ?? lower
  return CodeBlockSchema.shape.language.safeParse(candidate).success ? candidate : undefined
}
