import type { ContentProblem } from './content-problem.ts'
import { formatPath } from './content-problem.ts'
import { DECORATORS } from './rich-text-members.ts'
import { safeHref } from './safe-href.ts'
import { shownValue } from './text.ts'
import { subjectOf } from './validate-document.ts'

interface LooseBlock {
  _type?: unknown
  children?: unknown
  markDefs?: unknown
}

interface LooseSpan {
  text?: unknown
  marks?: unknown
}

const DECORATOR_NAMES = new Set<string>(Object.keys(DECORATORS))
const DECORATOR_LABELS = Object.entries(DECORATORS)
  .map(([name, title]) => `${title.toLowerCase()} (${name})`)
  .join(', ')

/**
 * What the site leaves out of a rich text without failing the build, as warnings the editor can
 * act on: a style the site does not know, a mark that points to no link, a link whose address is
 * not published (javascript:, data:…). The page shows the text without them, as before; the
 * warning names the document, the field path and the value.
 */
export function richTextWarnings(document: unknown): ContentProblem[] {
  const warnings: ContentProblem[] = []
  const subject = subjectOf(document)
  const warn = (path: ReadonlyArray<PropertyKey>, message: string) =>
    warnings.push({ severity: 'warning', subject, path: formatPath(path), message })

  const checkBlock = (block: LooseBlock, path: PropertyKey[]) => {
    const defs = new Map<string, { href?: unknown; index: number }>()
    if (Array.isArray(block.markDefs)) {
      for (const [index, def] of (block.markDefs as Array<{ _key?: unknown; href?: unknown }>).entries()) {
        if (typeof def?._key === 'string') defs.set(def._key, { href: def.href, index })
      }
    }
    const linked = new Set<string>()
    for (const [index, span] of (block.children as LooseSpan[]).entries()) {
      if (!Array.isArray(span?.marks)) continue
      // Quoted only when a warning needs it: most spans with marks are bold text, and fine.
      const words = () => (typeof span.text === 'string' ? shownValue(span.text) : '""')
      for (const [markIndex, mark] of (span.marks as unknown[]).entries()) {
        if (typeof mark !== 'string' || DECORATOR_NAMES.has(mark)) continue
        const def = defs.get(mark)
        if (!def) {
          warn(
            [...path, 'children', index, 'marks', markIndex],
            `le style ${shownValue(mark)} n'est ni un style connu (${DECORATOR_LABELS}) ni un lien du paragraphe : le texte ${words()} est publié sans lui ; retirez-le ou recréez le lien dans le Studio.`,
          )
        } else if (!linked.has(mark)) {
          linked.add(mark)
          if (safeHref(typeof def.href === 'string' ? def.href : undefined) === null) {
            const href = typeof def.href === 'string' && def.href !== '' ? shownValue(def.href) : undefined
            warn(
              [...path, 'markDefs', def.index, 'href'],
              href
                ? `le lien vers ${href} n'est pas publié (seules les adresses http(s) complètes, mailto:, tel: et les chemins du site le sont) : le texte ${words()} est affiché sans lien ; corrigez l'adresse dans le Studio.`
                : `le lien n'a pas d'adresse : le texte ${words()} est affiché sans lien ; saisissez l'adresse dans le Studio.`,
            )
          }
        }
      }
    }
  }

  const visit = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]))
      return
    }
    if (typeof value !== 'object' || value === null) return
    const record = value as LooseBlock & Record<string, unknown>
    if (record._type === 'block' && Array.isArray(record.children)) {
      checkBlock(record, path)
      return
    }
    for (const [key, child] of Object.entries(record)) {
      if (typeof child === 'object' && child !== null) visit(child, [...path, key])
    }
  }
  visit(document, [])
  return warnings
}
