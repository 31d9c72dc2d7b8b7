import { countLabel, TALK_FORMATS, talkFormat } from '@weshare/schema'
import type { ImportSummary } from './import-recap.ts'

const LAYOUT_NAMES = { markdown: 'Markdown', html: 'HTML', text: 'plain text' } as const

/**
 * The report printed after an import: what was found (session, talks per format, speakers, tags),
 * each talk with its speakers and tags so the guesses can be checked, first names shared by several
 * talks, and every line that was left out or changed.
 */
export function formatReport(summary: ImportSummary): string {
  const lines: string[] = []
  lines.push(`Read ${summary.file} as ${LAYOUT_NAMES[summary.inputFormat]}.`)
  if (summary.talks.length > 0) {
    const titleFrom = {
      option: 'from --session-title',
      recap: "the recap's title",
      dates: 'made from the dates; set another with --session-title',
    }[summary.titleFrom]
    const perFormat = TALK_FORMATS.map(
      (format) => `${format.label} ${summary.talks.filter((talk) => talk.format === format.value).length}`,
    )
    lines.push(
      `  Session   1: "${summary.title}" (${titleFrom})`,
      `  Dates     ${summary.dates.join(', ')} (${summary.datesFrom === 'option' ? 'from --dates' : 'found in the intro'})`,
      `  Intro     ${countLabel(summary.introParagraphs, { one: 'paragraph', other: 'paragraphs' }, 'en')}`,
      `  Talks     ${summary.talks.length}: ${perFormat.join(' · ')}`,
      `  Speakers  ${summary.speakers.length}`,
      `  Tags    ${summary.tags.length}${summary.tags.length > 0 ? `: ${summary.tags.join(', ')}` : ''}`,
    )
    if (summary.withSiteSettings) lines.push('  Settings  default site settings added (--with-site-settings)')
    lines.push('', 'Talks (line, format, title — speakers · tags):')
    for (const talk of summary.talks) {
      const tags = talk.tags.length > 0 ? talk.tags.join(', ') : 'no tag'
      lines.push(
        `  ${String(talk.line).padStart(4)}  ${talkFormat(talk.format).label.padEnd(15)} ${talk.title} — ${talk.speakers.join(', ')} · ${tags}`,
      )
    }
    const shared = summary.speakers.filter((speaker) => speaker.talks.length > 1)
    if (shared.length > 0) {
      lines.push(
        '',
        'First names credited in several talks, merged into one speaker each (the recap gives first names only;',
        'if two of these are different people, split them in the Studio):',
        ...shared.map((speaker) => `  ${speaker.name}: ${speaker.talks.join(' / ')}`),
      )
    }
  }
  lines.push('')
  if (summary.unmapped.length === 0) lines.push('Nothing was left out.')
  else {
    lines.push(`Left out or changed (${summary.unmapped.length}):`)
    for (const item of summary.unmapped) lines.push(`  line ${item.line}: "${item.text}": ${item.why}`)
  }
  return lines.join('\n')
}
