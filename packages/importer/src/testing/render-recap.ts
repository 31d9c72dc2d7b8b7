import { TALK_FORMATS } from '@weshare/schema'
import type { DatasetDocument, Session, Speaker, Tag, Talk } from '@weshare/schema'
import type { InputFormat } from '../detect-format.ts'
import { findTags } from '../find-tags.ts'
import { KNOWN_TAGS } from '../known-tags.ts'

type BodyBlock = Talk['body'][number]
type TextBlock = Extract<BodyBlock, { _type: 'block' }>

/** One talk as an archived recap shows it: its title, then paragraphs that say who gives it and what about. */
interface RecapTalk {
  title: string
  body: Talk['body']
}

/** A session as an archived recap lays it out: a title, an intro, then one section per format. */
interface RecapSession {
  title: string
  intro: Session['intro']
  sections: Array<{ heading: string; talks: RecapTalk[] }>
}

function find<T extends DatasetDocument>(documents: readonly DatasetDocument[], id: string, type: T['_type']): T {
  const found = documents.find((document) => document._id === id)
  if (found?._type !== type) {
    throw new Error(`The dataset has no ${type} with id "${id}", yet the session refers to it. Fix the dataset first.`)
  }
  return found as T
}

/**
 * The one session of `documents` as an archived recap lays it out: its talks grouped under a heading per
 * format, formats in the order of TALK_FORMATS, talks in the order of the session within a format.
 */
function recapSession(documents: readonly DatasetDocument[]): RecapSession {
  const sessions = documents.filter((document): document is Session => document._type === 'session')
  if (sessions.length !== 1) {
    throw new Error(`An archived recap tells one session; the dataset has ${sessions.length}. Pass a single session.`)
  }
  const session = sessions[0]!
  const talks = session.talks.map((reference) => find<Talk>(documents, reference._ref, 'talk'))
  return {
    title: session.title,
    intro: session.intro,
    sections: TALK_FORMATS.map((format) => ({
      heading: format.heading,
      talks: talks
        .filter((talk) => talk.format === format.value)
        .map((talk) => ({
          title: talk.title,
          body: [leadParagraph(documents, talk), ...talk.body],
        })),
    })).filter((section) => section.talks.length > 0),
  }
}

/** "Ismaël", "Ismaël et David", "Jean-Pascal, Damien et Ronan". */
function frenchList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`
}

/**
 * The words that make the importer tag a talk with `tag`: its title when the importer recognises it,
 * else the first keyword of the known tag with that title, else the title (a tag the importer does
 * not know, which no import can bring back).
 */
function tagWords(tag: Tag): string {
  if (findTags(tag.title).some((found) => found.title === tag.title)) return tag.title
  return KNOWN_TAGS.find((known) => known.title === tag.title)?.keywords[0] ?? tag.title
}

/**
 * The sentence an archived recap opens a talk with, written the way the importer reads it: the speakers'
 * first names as the subject of a presenting verb ("Dans ce talk, Ismaël et David nous parlent de…"), and
 * the talk's tags in words the importer recognises.
 */
function leadParagraph(documents: readonly DatasetDocument[], talk: Talk): TextBlock {
  const speakers = talk.speakers.map((reference) => find<Speaker>(documents, reference._ref, 'speaker').name)
  const tags = (talk.tags ?? []).map((reference) => tagWords(find<Tag>(documents, reference._ref, 'tag')))
  const plural = speakers.length > 1
  const what =
    tags.length > 0
      ? `${plural ? 'parlent' : 'parle'} ${frenchList(tags.map((words) => (/^[aeiouyéèêâîô]/iu.test(words) ? `d'${words}` : `de ${words}`)))}`
      : `${plural ? 'présentent' : 'présente'} leur sujet`
  const text = `Dans ce talk, ${frenchList(speakers)} nous ${what}.`
  return {
    _type: 'block',
    _key: `lead-${talk._id}`,
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: 'lead', text, marks: [] }],
  }
}

function plainText(block: TextBlock): string {
  return block.children.map((span) => span.text).join('')
}

/**
 * Plain text has one block per line and no sub-headings, code or images: a sub-heading would read as a
 * talk title, so they go. A paragraph that introduced a code sample then ends with a period, or the
 * importer would read the next talk title as an item of the list the colon announces.
 */
function renderText(session: RecapSession): string {
  const lines = [session.title, 'Sommaire', ...session.intro.map(plainText)]
  for (const section of session.sections) {
    lines.push(section.heading)
    for (const talk of section.talks) {
      lines.push(talk.title)
      const paragraphs = talk.body.filter(
        (block): block is TextBlock => block._type === 'block' && (block.style ?? 'normal') === 'normal',
      )
      paragraphs.forEach((block, index) => {
        const text = plainText(block)
        const introducesList = paragraphs[index + 1]?.listItem !== undefined
        lines.push(text.endsWith(':') && !introducesList ? `${text.slice(0, -1).trimEnd()}.` : text)
      })
    }
  }
  return `${lines.join('\n')}\n`
}

function markdownSpans(block: TextBlock): string {
  return block.children
    .map((span) => {
      let text = span.text
      for (const mark of span.marks ?? []) {
        if (mark === 'strong') text = `**${text}**`
        else if (mark === 'em') text = `_${text}_`
        else if (mark === 'code') text = `\`${text}\``
        else {
          const link = block.markDefs?.find((definition) => definition._key === mark)
          if (link?.href) text = `[${text}](${link.href})`
        }
      }
      return text
    })
    .join('')
}

/** Blocks one after the other, with a blank line between them except between items of one list. */
function joinBlocks<B extends BodyBlock>(blocks: readonly B[], render: (block: B) => string): string[] {
  const out: string[] = []
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1]
    const inList = (item: BodyBlock | undefined) => item?._type === 'block' && item.listItem !== undefined
    if (index > 0 && !(inList(block) && inList(previous))) out.push('')
    out.push(render(block))
  })
  return out
}

function markdownBlock(block: BodyBlock): string {
  if (block._type === 'codeBlock') return ['```' + (block.language ?? ''), block.code, '```'].join('\n')
  if (block._type === 'image') return `![${block.alt}](image)`
  const text = markdownSpans(block)
  if (block.listItem === 'bullet') return `- ${text}`
  if (block.listItem === 'number') return `1. ${text}`
  if (block.style === 'h2' || block.style === 'h3') return `#### ${text}`
  return text
}

function renderMarkdown(session: RecapSession): string {
  const lines = [`# ${session.title}`, '', ...joinBlocks(session.intro, markdownBlock)]
  for (const section of session.sections) {
    lines.push('', `## ${section.heading}`)
    for (const talk of section.talks) lines.push('', `### ${talk.title}`, '', ...joinBlocks(talk.body, markdownBlock))
  }
  return `${lines.join('\n')}\n`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function htmlSpans(block: TextBlock): string {
  return block.children
    .map((span) => {
      let html = escapeHtml(span.text)
      for (const mark of span.marks ?? []) {
        if (mark === 'strong' || mark === 'em' || mark === 'code') html = `<${mark}>${html}</${mark}>`
        else {
          const link = block.markDefs?.find((definition) => definition._key === mark)
          if (link?.href) html = `<a href="${escapeHtml(link.href)}">${html}</a>`
        }
      }
      return html
    })
    .join('')
}

function htmlBlocks(blocks: readonly BodyBlock[]): string[] {
  const out: string[] = []
  let list: 'ul' | 'ol' | undefined
  for (const block of blocks) {
    const item = block._type === 'block' ? block.listItem : undefined
    const wanted = item === 'bullet' ? 'ul' : item === 'number' ? 'ol' : undefined
    if (list && wanted !== list) out.push(`</${list}>`)
    if (wanted && wanted !== list) out.push(`<${wanted}>`)
    list = wanted
    if (block._type === 'codeBlock') {
      const language = block.language ? ` class="language-${block.language}"` : ''
      out.push(`<pre><code${language}>${escapeHtml(block.code)}</code></pre>`)
    } else if (block._type === 'image') out.push(`<img src="image" alt="${escapeHtml(block.alt)}">`)
    else if (item) out.push(`<li>${htmlSpans(block)}</li>`)
    else if (block.style === 'h2' || block.style === 'h3') out.push(`<h4>${htmlSpans(block)}</h4>`)
    else out.push(`<p>${htmlSpans(block)}</p>`)
  }
  if (list) out.push(`</${list}>`)
  return out
}

function renderHtml(session: RecapSession): string {
  const lines = [
    '<!doctype html>',
    '<html lang="fr">',
    `<head><meta charset="utf-8"><title>${escapeHtml(session.title)}</title></head>`,
    '<body>',
    '<article>',
    `<h1>${escapeHtml(session.title)}</h1>`,
    ...htmlBlocks(session.intro),
  ]
  for (const section of session.sections) {
    lines.push(`<h2>${escapeHtml(section.heading)}</h2>`)
    for (const talk of section.talks) lines.push(`<h3>${escapeHtml(talk.title)}</h3>`, ...htmlBlocks(talk.body))
  }
  lines.push('</article>', '</body>', '</html>')
  return `${lines.join('\n')}\n`
}

/** The file extension the importer reads each layout from. */
export const RECAP_EXTENSIONS: Record<InputFormat, string> = { text: 'txt', markdown: 'md', html: 'html' }

/**
 * Writes the one session of a dataset as an archived recap post in the given layout: the session title,
 * its intro, then a title line per format section and a title line per talk followed by its paragraphs.
 */
export function renderRecap(documents: readonly DatasetDocument[], layout: InputFormat): string {
  const session = recapSession(documents)
  if (layout === 'text') return renderText(session)
  if (layout === 'markdown') return renderMarkdown(session)
  return renderHtml(session)
}
