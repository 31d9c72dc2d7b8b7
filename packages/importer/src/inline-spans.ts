import { DECORATORS } from '@weshare/schema'
import type { InlineMark, InlineSpan } from './outline.ts'

/** Marks in a fixed order (that of the decorators), so that the same styling always reads the same. */
const MARK_ORDER = Object.keys(DECORATORS) as InlineMark[]

export function span(text: string, marks: ReadonlyArray<InlineMark>, href: string | undefined): InlineSpan {
  const sorted = MARK_ORDER.filter((mark) => marks.includes(mark))
  return href === undefined ? { text, marks: sorted } : { text, marks: sorted, href }
}

function sameStyle(a: InlineSpan, b: InlineSpan): boolean {
  return a.href === b.href && a.marks.join() === b.marks.join()
}

/**
 * Joins neighbouring spans that have the same styling, removes the spaces at both ends of the paragraph
 * and drops empty spans: what is left is one Portable Text span per run of styled text.
 */
export function tidySpans(spans: ReadonlyArray<InlineSpan>): InlineSpan[] {
  const merged: InlineSpan[] = []
  for (const next of spans) {
    const last = merged.at(-1)
    if (last && sameStyle(last, next)) merged[merged.length - 1] = { ...last, text: last.text + next.text }
    else merged.push({ ...next })
  }
  while (merged[0] && merged[0].text.trim() === '') merged.shift()
  while (merged.at(-1)?.text.trim() === '') merged.pop()
  const first = merged[0]
  if (first) first.text = first.text.trimStart()
  const last = merged.at(-1)
  if (last) last.text = last.text.trimEnd()
  return merged.filter((item) => item.text !== '')
}
