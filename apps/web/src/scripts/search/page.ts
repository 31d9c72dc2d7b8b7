import {
  activeFilterCount,
  effectiveOrder,
  emptyFilters,
  pagefindFilters,
  readSearchState,
  writeSearchState,
  type SearchOrder,
  type SearchState,
} from '../../lib/search-state.ts'
import { countLabel } from '@weshare/schema/count-label'
import type { Facet, FacetPanel } from '../../lib/search-facets.ts'
import {
  loadFacetCounter,
  loadPagefind,
  loadRecentOrder,
  SearchUnavailableError,
  type FilterCounts,
  type PagefindResult,
} from './pagefind.ts'
import { arrowNavigation, resultCountText, resultItem, showInOrder, TYPING_PAUSE_MS } from './results.ts'
import { WIDE_SCREEN } from './styles.ts'
import { correctionAnnouncement, correctionNote, correctQuery } from './typos.ts'
import { readLiteral, withLiteral } from '../../lib/search-typos.ts'
import { newestFirst } from '../../lib/search-order.ts'

/*
 * /recherche/: query, facets with counts, order, results page by page. The URL holds the state, so
 * that a link restores what its author saw:
 * - the first keystroke after a search was settled pushes a history entry, the next ones replace
 *   it: typing "kafka" adds one entry, not five, and Back returns to the search before it;
 * - Enter, leaving the box, a filter or an order settles the search; filters and order push an entry;
 * - Back and Forward (popstate) restore the state of their entry.
 */

const PAGE_SIZE = 10
/** Values of a facet shown before "Afficher les N autres". */
const FACET_PREVIEW = 8

interface FacetOption {
  value: string
  checkbox: HTMLInputElement
  row: HTMLLIElement
  count: HTMLElement
}

interface FacetView {
  fieldset: HTMLFieldSetElement
  options: FacetOption[]
  toggle: HTMLButtonElement
  expanded: boolean
}

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector)
  if (!found) throw new Error(`The search page lacks ${selector}: its markup and src/scripts/search/page.ts disagree.`)
  return found
}

function readPanel(): FacetPanel {
  const script = document.getElementById('search-facet-panel')
  return JSON.parse(script?.textContent ?? '[]') as FacetPanel
}

export function mountSearchPage(root: HTMLElement): { focus: () => void } {
  const form = part<HTMLFormElement>(root, 'form')
  const input = part<HTMLInputElement>(root, 'input[type="search"]')
  const facetsPanel = part<HTMLElement>(root, '[data-search-facets]')
  const facetSection = part<HTMLElement>(root, '[data-search-facet-panel]')
  const filterToggle = part<HTMLButtonElement>(root, '[data-search-filter-toggle]')
  const facetsDone = part<HTMLButtonElement>(root, '[data-search-facets-done]')
  const clearButton = part<HTMLButtonElement>(root, '[data-search-clear]')
  const orderInputs = [...root.querySelectorAll<HTMLInputElement>('[data-search-order] input')]
  const status = part<HTMLElement>(root, '[data-search-status]')
  const list = part<HTMLOListElement>(root, '[data-search-results]')
  const moreButton = part<HTMLButtonElement>(root, '[data-search-more]')
  const noResults = part<HTMLElement>(root, '[data-search-empty]')
  const correctionSlot = part<HTMLElement>(root, '[data-search-correction]')
  const panel = readPanel()
  const facetNames = panel.map(({ facet }) => facet)

  let state: SearchState = readSearchState(location.search, facetNames)
  /** The words are searched as typed, not corrected (« rechercher plutôt … »). */
  let literal = readLiteral(location.search)
  /** True while the current history entry belongs to the words being typed. */
  let typing = false
  let searchId = 0
  let results: PagefindResult[] = []
  let shown = 0

  /*
   * The facets' controls are made the first time the panel shows: on a phone it waits behind
   * « Filtrer », and a large archive's speakers alone are a thousand rows, whose making held up
   * the page's first results. Until then the state's filters live in `state` only.
   */
  const facets = new Map<Facet, FacetView>()
  let facetsBuilt = false
  function buildFacets(): void {
    if (facetsBuilt) return
    facetsBuilt = true
    for (const { facet, legend, values } of panel) {
      const view = buildFacet(facet, legend, values)
      facets.set(facet, view)
      facetsPanel.append(view.fieldset)
      showCounts(view, lastCounts && (lastCounts[facet] ?? {}))
    }
    showChosenFilters()
  }

  function buildFacet(facet: Facet, legendText: string, values: Array<[string, string]>): FacetView {
    const fieldset = document.createElement('fieldset')
    fieldset.className = 'search-facet'
    const legend = document.createElement('legend')
    legend.textContent = legendText
    const ul = document.createElement('ul')
    const options = values.map(([value, label]): FacetOption => {
      const row = document.createElement('li')
      const labelElement = document.createElement('label')
      const checkbox = document.createElement('input')
      checkbox.type = 'checkbox'
      checkbox.name = facet
      checkbox.value = value
      const count = document.createElement('span')
      count.className = 'count'
      labelElement.append(checkbox, ` ${label} `, count)
      row.append(labelElement)
      ul.append(row)
      checkbox.addEventListener('change', () => {
        const chosen = options.filter((option) => option.checkbox.checked).map((option) => option.value)
        settle({ ...state, filters: { ...state.filters, [facet]: chosen } })
      })
      return { value, checkbox, row, count }
    })
    const toggle = document.createElement('button')
    toggle.type = 'button'
    toggle.className = 'search-facet-toggle'
    const view: FacetView = { fieldset, options, toggle, expanded: false }
    toggle.addEventListener('click', () => {
      view.expanded = !view.expanded
      showCounts(view, lastCounts && (lastCounts[facet] ?? {}))
    })
    fieldset.append(legend, ul, toggle)
    return view
  }

  /** The shown search whose counts wait for the panel to be shown. */
  let countsFor: { id: number; state: SearchState } | undefined
  const wideScreen = matchMedia(WIDE_SCREEN)
  const panelShown = () => wideScreen.matches || facetSection.hasAttribute('data-open')
  function countWhenShown(): void {
    if (!panelShown()) return
    buildFacets()
    if (!countsFor) return
    const { id, state: counted } = countsFor
    countsFor = undefined
    if (id !== searchId) return
    facetsPanel.setAttribute('aria-busy', 'true')
    void updateCounts(id, counted)
  }
  wideScreen.addEventListener('change', countWhenShown)

  /** Null until the first counts arrive (they follow the results: see loadFacetCounter). */
  let lastCounts: FilterCounts | null = null

  /**
   * Counts beside each value; values without results are hidden unless chosen. Without counts yet,
   * every value is offered, without a number.
   */
  function showCounts(view: FacetView, counts: Record<string, number> | null): void {
    const available = view.options.filter(
      (option) => !counts || (counts[option.value] ?? 0) > 0 || option.checkbox.checked,
    )
    const visible = new Set(view.expanded ? available : available.slice(0, FACET_PREVIEW))
    for (const option of view.options) {
      option.count.textContent = counts ? `(${counts[option.value] ?? 0})` : ''
      option.row.hidden = !visible.has(option)
    }
    const hiddenCount = available.length - Math.min(available.length, FACET_PREVIEW)
    view.toggle.hidden = hiddenCount === 0
    view.toggle.textContent = view.expanded
      ? 'Afficher moins'
      : `Afficher ${hiddenCount === 1 ? 'l’autre' : `les ${hiddenCount} autres`}`
    view.toggle.setAttribute('aria-expanded', String(view.expanded))
    view.fieldset.hidden = available.length === 0
  }

  /** Checks the facets' values the state chooses, once the facets are made. */
  function showChosenFilters(): void {
    for (const [facet, view] of facets) {
      for (const option of view.options) option.checkbox.checked = (state.filters[facet] ?? []).includes(option.value)
    }
  }

  /** Puts the state into the controls (on load and on Back/Forward). */
  function showState(): void {
    if (input.value.trim() !== state.query) input.value = state.query
    showChosenFilters()
    const order = effectiveOrder(state)
    for (const radio of orderInputs) {
      radio.checked = radio.value === order
      // Relevance needs words to weigh.
      radio.disabled = radio.value === 'relevance' && !state.query
    }
    const active = activeFilterCount(state)
    clearButton.hidden = active === 0
    filterToggle.textContent = active > 0 ? `Filtrer (${active})` : 'Filtrer'
  }

  /*
   * On a narrow screen the facets wait behind "Filtrer (n)", a disclosure that opens them between
   * the result count and the results; on a wide one the button is not displayed and the panel is
   * always there (the styles decide, so the panel follows a rotated phone at once).
   */
  function openFilters(open: boolean, { returnFocus = false } = {}): void {
    filterToggle.setAttribute('aria-expanded', String(open))
    facetSection.toggleAttribute('data-open', open)
    countWhenShown()
    // A disclosure: the panel opens right after its button, where focus stays.
    if (!open && returnFocus) filterToggle.focus()
  }
  filterToggle.addEventListener('click', () => openFilters(filterToggle.getAttribute('aria-expanded') !== 'true'))
  facetsDone.addEventListener('click', () => openFilters(false, { returnFocus: true }))
  facetSection.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || filterToggle.getAttribute('aria-expanded') !== 'true') return
    event.preventDefault()
    openFilters(false, { returnFocus: true })
  })

  function writeUrl(mode: 'push' | 'replace'): void {
    const url = `${location.pathname}${withLiteral(writeSearchState(state), literal)}`
    if (url === `${location.pathname}${location.search}`) return
    if (mode === 'push') history.pushState(null, '', url)
    else history.replaceState(null, '', url)
  }

  /** A settled change (filter, order, Enter): its own history entry, results at once. */
  /** `asTyped`: search the words uncorrected; by default, as they were while the words stay the same. */
  function settle(next: SearchState, asTyped = literal && next.query === state.query): void {
    literal = asTyped && Boolean(next.query)
    state = next
    typing = false
    writeUrl('push')
    showState()
    void run()
  }

  /** The search the page last ran, as its URL's query string. */
  let lastRun = ''
  let pause: ReturnType<typeof setTimeout> | undefined
  /** The announcement (and facet counts) of the shown results, while the typing has not paused. */
  let pendingAnnouncement: (() => void) | undefined

  function announceNow(): void {
    clearTimeout(pause)
    const announce = pendingAnnouncement
    pendingAnnouncement = undefined
    announce?.()
  }

  async function run(): Promise<void> {
    lastRun = withLiteral(writeSearchState(state), literal)
    clearTimeout(pause)
    pendingAnnouncement = undefined
    const id = ++searchId
    const current = state
    const term = current.query || null
    // Counts of the previous search stay on screen, marked as being updated, until this search's come.
    facetsPanel.setAttribute('aria-busy', 'true')
    try {
      const pagefind = await loadPagefind()
      // Newest first puts Pagefind's results in date order: the order loads beside the search.
      const order = effectiveOrder(current) === 'recent' ? loadRecentOrder() : undefined
      // Awaited below, unless a newer search makes this one return first.
      order?.catch(() => {})
      const options = { filters: pagefindFilters(current) }
      const response = await pagefind.search(term, options)
      if (id !== searchId) return
      // Few results: perhaps a typo. The correction's results are shown in place of the typed words'.
      const correction =
        current.query && !literal ? await correctQuery(pagefind, current.query, response, options) : undefined
      if (id !== searchId) return
      const searched = correction?.kind === 'corrected' ? { ...current, query: correction.query } : current
      const found = correction?.kind === 'corrected' ? correction.response.results : response.results
      const ranks = await order
      if (id !== searchId) return
      results = ranks ? newestFirst(found, ranks) : found
      shown = 0
      list.replaceChildren()
      correctionSlot.replaceChildren(
        ...(correction ? [correctionNote(correction, correctionHref, chooseCorrection)] : []),
      )
      await showMore(false)
      if (id !== searchId) return
      noResults.hidden = results.length > 0
      clearTimeout(pause)
      pendingAnnouncement = () => {
        status.textContent =
          resultCountText(results.length, searched.query, activeFilterCount(current)) +
          correctionAnnouncement(correction)
        countsFor = undefined
        if (panelShown()) void updateCounts(id, searched)
        else {
          // The filter data is loaded when the panel opens, not for a panel nobody looks at.
          countsFor = { id, state: searched }
          facetsPanel.setAttribute('aria-busy', 'false')
        }
      }
      if (typing) pause = setTimeout(announceNow, TYPING_PAUSE_MS)
      else announceNow()
    } catch (error) {
      if (id !== searchId) return
      list.replaceChildren()
      correctionSlot.replaceChildren()
      facetsPanel.setAttribute('aria-busy', 'false')
      moreButton.hidden = true
      noResults.hidden = true
      status.textContent =
        error instanceof SearchUnavailableError ? error.message : 'La recherche a échoué. Réessayez dans un instant.'
      if (!(error instanceof SearchUnavailableError)) console.error(error)
    }
  }

  /** The facet counts of a search whose results are shown; aria-busy on the panel until they are. */
  async function updateCounts(id: number, current: SearchState): Promise<void> {
    const term = current.query || null
    try {
      const counter = await loadFacetCounter()
      // Counts per value of a facet ignore that facet's own choice: choosing "Conférence" keeps
      // "REX (2)" on offer, since the values of a facet are alternatives.
      const chosen = facetNames.filter((facet) => (current.filters[facet] ?? []).length > 0)
      const [all, ...own] = await Promise.all([
        counter.search(term, { filters: pagefindFilters(current) }),
        ...chosen.map((facet) => counter.search(term, { filters: pagefindFilters(current, facet) })),
      ])
      if (id !== searchId) return
      const counts: FilterCounts = { ...all.filters }
      chosen.forEach((facet, index) => (counts[facet] = own[index]?.filters[facet] ?? {}))
      lastCounts = counts
      for (const [facet, view] of facets) showCounts(view, counts[facet] ?? {})
    } catch (error) {
      // The results are there; the panel offers every value, without numbers.
      if (!(error instanceof SearchUnavailableError)) console.error(error)
    } finally {
      if (id === searchId) {
        facetsPanel.hidden = false
        facetsPanel.setAttribute('aria-busy', 'false')
      }
    }
  }

  /** Loads and shows the next page of results; `focus` moves focus to the first new one. */
  async function showMore(focus: boolean): Promise<void> {
    const id = searchId
    const next = results.slice(shown, shown + PAGE_SIZE)
    const items: HTMLLIElement[] = []
    const complete = await showInOrder(
      next,
      (data) => {
        const item = resultItem(data, 3)
        items.push(item)
        list.append(item)
      },
      () => id === searchId,
    )
    if (!complete) return
    shown += next.length
    const left = results.length - shown
    moreButton.hidden = left <= 0
    moreButton.textContent = `Afficher la suite (${countLabel(left, { one: 'résultat restant', other: 'résultats restants' })})`
    if (focus) items[0]?.querySelector('a')?.focus()
  }

  /** The URL of a query offered by a correction, with this search's filters and order. */
  const correctionHref = (query: string, asTyped: boolean) =>
    `${location.pathname}${withLiteral(writeSearchState({ ...state, query }), asTyped)}`
  function chooseCorrection(query: string, asTyped: boolean): void {
    settle({ ...state, query }, asTyped)
    input.focus()
  }

  input.addEventListener('input', () => {
    literal = false
    state = { ...state, query: input.value.trim() }
    writeUrl(typing ? 'replace' : 'push')
    typing = true
    showState()
    void run()
  })
  // Leaving the box settles the words typed: typing again later starts a new history entry.
  input.addEventListener('change', () => (typing = false))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    typing = false
    state = { ...state, query: input.value.trim() }
    writeUrl('replace')
    showState()
    // Words already searched are settled: their results are announced without waiting for the pause.
    if (withLiteral(writeSearchState(state), literal) !== lastRun) void run()
    else announceNow()
  })
  for (const radio of orderInputs) {
    radio.addEventListener('change', () => {
      if (radio.checked) settle({ ...state, order: radio.value as SearchOrder })
    })
  }
  clearButton.addEventListener('click', () => {
    settle({ ...state, filters: emptyFilters(facetNames) })
    input.focus()
  })
  moreButton.addEventListener('click', () => void showMore(true))
  addEventListener('popstate', () => {
    typing = false
    state = readSearchState(location.search, facetNames)
    literal = readLiteral(location.search)
    showState()
    void run()
  })
  arrowNavigation(input, list)

  showState()
  if (panelShown()) buildFacets()
  // The values come with their first counts: shown before, those without results would vanish
  // under the reader's eyes and move the rest of the panel.
  facetsPanel.hidden = true
  root.hidden = false
  void run()
  return { focus: () => input.focus() }
}
