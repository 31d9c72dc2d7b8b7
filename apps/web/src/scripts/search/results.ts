import { countLabel } from '@weshare/schema/count-label'
import { formatDate, isIsoDate } from '@weshare/schema/dates'
import { siteLanguageOf } from '@weshare/schema/site-language'
import type { PagefindResult, PagefindResultData } from './pagefind.ts'

/*
 * A search result as readers see it, in the modal and on /recherche/: kind and date, title linked
 * to the page (the searched words highlighted there), speakers and session, the excerpt, and the
 * sections of the page that match, linked to their headings. Every text from the index goes in
 * as text, never as markup.
 */

/**
 * Results follow every keystroke; the live region's announcement and the facet counts wait for a
 * pause in the typing: announcing each keystroke would drown a screen reader, and counting every
 * value of every facet (~0.4 s of the search worker on a large archive) would hold up the results
 * of the next one.
 */
export const TYPING_PAUSE_MS = 300

/** Results a first screen shows, on a phone as on a wide screen, in the dialog as on /recherche/. */
const FIRST_SCREEN = 3

/**
 * Loads the data of `results` and hands each to `show` in order, as soon as it and those before it
 * are there. The first screen's are requested first, the rest once those are shown: on a slow
 * connection the first ones do not share it with the others, and a first search waits for three
 * fragments, not for a page of them. Stops, resolving false, once `current()` is false (a newer
 * search started).
 */
export async function showInOrder(
  results: readonly PagefindResult[],
  show: (data: PagefindResultData) => void,
  current: () => boolean,
): Promise<boolean> {
  const request = (from: number, to?: number) => {
    const pending = results.slice(from, to).map((result) => result.data())
    // A failure is thrown by the await below; the others must not surface as unhandled rejections.
    for (const data of pending) data.catch(() => {})
    return pending
  }
  const firstScreen = request(0, FIRST_SCREEN)
  let rest: Array<Promise<PagefindResultData>> = []
  for (let index = 0; index < results.length; index += 1) {
    if (index === FIRST_SCREEN) rest = request(FIRST_SCREEN)
    const data = await (index < FIRST_SCREEN ? firstScreen[index] : rest[index - FIRST_SCREEN])!
    if (!current()) return false
    show(data)
  }
  return true
}

/** Sections of a page listed under its result, at most. */
const MAX_SECTIONS = 3

/** Results are dated in the language the pages declare (the site settings' `language`). */
const dateLanguage = () => siteLanguageOf(document.documentElement.lang)

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  if (className) element.className = className
  if (text !== undefined) element.textContent = text
  return element
}

/** "2023-03-06" → <time datetime="2023-03-06">6 mars 2023</time>; nothing for a missing or odd date. */
function dateElement(iso: string | undefined): HTMLTimeElement | undefined {
  if (!isIsoDate(iso) || iso.startsWith('0000')) return undefined
  const time = el('time', undefined, formatDate(iso, { language: dateLanguage() }))
  time.dateTime = iso
  return time
}

/**
 * Pagefind's excerpt as DOM: <mark> for the matched words, text for everything else. Pagefind only
 * escapes < and >, so the excerpt is split on its marks rather than trusted as HTML.
 */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = []
  let marked = false
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true
    else if (part === '</mark>') marked = false
    else if (part) {
      const text = document.createTextNode(part.replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
      if (marked) {
        const mark = el('mark')
        mark.append(text)
        nodes.push(mark)
      } else {
        nodes.push(text)
      }
    }
  }
  return nodes
}

function joined(parts: ReadonlyArray<Node | string | undefined>, separator = ' · '): Node[] {
  const present = parts.filter((part): part is Node | string => part !== undefined && part !== '')
  return present
    .flatMap((part, index) => (index === 0 ? [part] : [separator, part]))
    .map((part) => (typeof part === 'string' ? document.createTextNode(part) : part))
}

/** One result: an <li data-search-result> with a heading of `headingLevel`. */
export function resultItem(data: PagefindResultData, headingLevel: 2 | 3): HTMLLIElement {
  const { meta } = data
  const title = meta.title || data.url
  const item = el('li', 'search-result')
  item.dataset.searchResult = ''

  const kicker = joined([meta.kind ?? meta.format, dateElement(meta.date)])
  if (kicker.length > 0) {
    const line = el('p', 'search-result-kicker')
    line.append(...kicker)
    item.append(line)
  }

  const heading = el(`h${headingLevel}`, 'search-result-title')
  const link = el('a', undefined, title)
  link.href = data.url
  heading.append(link)
  item.append(heading)

  const details = joined([meta.speakers, meta.session])
  if (details.length > 0) {
    const line = el('p', 'search-result-meta')
    line.append(...details)
    item.append(line)
  }

  if (meta.image) {
    const image = el('img', 'search-result-image')
    image.src = meta.image
    // The title beside it says what the result is: the picture adds nothing for a screen reader.
    image.alt = ''
    image.loading = 'lazy'
    image.width = 64
    image.height = 64
    item.prepend(image)
  }

  const excerpt = el('p', 'search-result-excerpt')
  excerpt.append(...excerptNodes(data.excerpt))
  item.append(excerpt)

  const sections = data.sub_results.filter((sub) => sub.anchor).slice(0, MAX_SECTIONS)
  if (sections.length > 0) {
    const list = el('ul', 'search-result-sections')
    list.setAttribute('aria-label', `Passages de « ${title} »`)
    for (const section of sections) {
      const entry = el('li')
      const anchor = el('a', undefined, section.title)
      anchor.href = section.url
      const text = el('span', 'search-result-section-excerpt')
      text.append(...excerptNodes(section.excerpt))
      entry.append(anchor, ' ', text)
      list.append(entry)
    }
    item.append(list)
  }
  return item
}

/**
 * Arrow keys between the search box and the links of the results: Down from the box goes to the
 * first result, Up from the first result comes back to the box; Enter on a link opens it (the
 * browser's own behaviour), Home and End jump to the ends of the list.
 */
export function arrowNavigation(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('[data-search-result] a[href]')]
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return
    const [first] = links()
    if (!first) return
    event.preventDefault()
    first.focus()
  })
  list.addEventListener('keydown', (event) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return
    const all = links()
    const index = all.indexOf(document.activeElement as HTMLAnchorElement)
    if (index === -1) return
    event.preventDefault()
    const target =
      event.key === 'Home'
        ? all[0]
        : event.key === 'End'
          ? all.at(-1)
          : all[index + (event.key === 'ArrowDown' ? 1 : -1)]
    if (target) target.focus()
    else if (event.key === 'ArrowUp') input.focus()
  })
}

const RESULT_WORDS = { one: 'résultat', other: 'résultats' } as const

/** What the live region says once results are shown: "3 résultats pour « kafka »". */
export function resultCountText(count: number, query: string, filterCount = 0): string {
  const words = query ? ` pour « ${query} »` : ''
  const filters = filterCount > 0 ? ` avec ${countLabel(filterCount, { one: 'filtre', other: 'filtres' })}` : ''
  return count === 0 ? `Aucun résultat${words}${filters}.` : `${countLabel(count, RESULT_WORDS)}${words}${filters}.`
}
