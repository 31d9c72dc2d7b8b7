import { paths } from '../../lib/urls.ts'
import { writeSearchState } from '../../lib/search-state.ts'
import { loadPagefind, SearchUnavailableError } from './pagefind.ts'
import { arrowNavigation, resultCountText, resultItem, showInOrder, TYPING_PAUSE_MS } from './results.ts'
import { correctionAnnouncement, correctionNote, correctQuery } from './typos.ts'
import { withLiteral } from '../../lib/search-typos.ts'

/*
 * The search dialog every page opens from its header (Ctrl+K, ⌘K, "/"). A native modal <dialog>:
 * the page behind is inert, Escape closes it, and focus goes back to what opened it. Results come
 * as the reader types; Enter in the box goes to /recherche/ with the same words, where filters and
 * order are.
 */

/** Results shown in the dialog; the rest are one link away on /recherche/. */
const MODAL_RESULTS = 8

interface Modal {
  dialog: HTMLDialogElement
  input: HTMLInputElement
  status: HTMLElement
  list: HTMLOListElement
  more: HTMLAnchorElement
  noResults: HTMLElement
  correction: HTMLElement
}

let modal: Modal | undefined
let opener: HTMLElement | null = null
let searchId = 0
let pause: ReturnType<typeof setTimeout> | undefined
/** The words are searched as typed, not corrected (« rechercher plutôt … »). */
let literal = false

function html(markup: string): DocumentFragment {
  const template = document.createElement('template')
  template.innerHTML = markup
  return template.content
}

function create(): Modal {
  // Static markup only: every text that comes from the index is set as text by resultItem().
  const fragment = html(`
<dialog class="search-dialog" aria-labelledby="search-dialog-title">
  <div class="search-dialog-head">
    <h2 id="search-dialog-title">Rechercher</h2>
    <button type="button" class="search-dialog-close">Fermer</button>
  </div>
  <form class="search-form" role="search" action="${paths.search}" method="get">
    <label for="search-dialog-input">Mots recherchés</label>
    <input id="search-dialog-input" type="search" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-describedby="search-dialog-help">
  </form>
  <p id="search-dialog-help" class="search-help">Flèches haut et bas pour parcourir les résultats, Entrée pour ouvrir, Échap pour fermer.</p>
  <p class="search-status" role="status"></p>
  <div class="search-correction-slot"></div>
  <ol class="search-list"></ol>
  <div class="search-no-results" hidden>
    <p>Essayez d’autres mots, ou parcourez les <a href="${paths.tags}">sujets</a> et les <a href="${paths.formats}">formats</a>.</p>
  </div>
  <p class="search-dialog-more" hidden><a href="${paths.search}">Tous les résultats, avec filtres et tri</a></p>
</dialog>`)
  const dialog = fragment.querySelector('dialog')!
  const found: Modal = {
    dialog,
    input: dialog.querySelector('input')!,
    status: dialog.querySelector('[role="status"]')!,
    list: dialog.querySelector('ol')!,
    more: dialog.querySelector('.search-dialog-more a')!,
    noResults: dialog.querySelector('.search-no-results')!,
    correction: dialog.querySelector('.search-correction-slot')!,
  }
  document.body.append(dialog)

  // Focus goes back at once, not on the 'close' event, which comes a task later: a key pressed in
  // between would still reach the search box of the closed dialog.
  const restoreFocus = () => {
    const target = opener
    opener = null
    target?.focus()
  }
  const close = () => {
    dialog.close()
    restoreFocus()
  }
  dialog.querySelector('.search-dialog-close')!.addEventListener('click', close)
  // A click on the backdrop lands on the <dialog> itself, outside its content box.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close()
  })
  // Closed another way (the browser's own Escape handling): unless it was opened again since.
  dialog.addEventListener('close', () => {
    if (!dialog.open) restoreFocus()
  })
  // Every keystroke searches; a search superseded by the next one shows nothing.
  found.input.addEventListener('input', () => {
    literal = false
    void search(found)
  })
  // Escape in a search box first clears it (Chromium), and the dialog would stay open: close it at once.
  found.input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    close()
  })
  arrowNavigation(found.input, found.list)
  return found
}

async function search(current: Modal): Promise<void> {
  const id = ++searchId
  clearTimeout(pause)
  const query = current.input.value.trim()
  const link = (words: string, asTyped: boolean) =>
    `${paths.search}${withLiteral(writeSearchState({ query: words, filters: {}, order: 'relevance' }), asTyped)}`
  current.more.href = link(query, literal)
  if (!query) {
    current.list.replaceChildren()
    current.correction.replaceChildren()
    current.status.textContent = ''
    current.noResults.hidden = true
    current.more.parentElement!.hidden = true
    return
  }
  try {
    const pagefind = await loadPagefind()
    const typed = await pagefind.search(query)
    if (id !== searchId) return
    const correction = literal ? undefined : await correctQuery(pagefind, query, typed)
    if (id !== searchId) return
    const response = correction?.kind === 'corrected' ? correction.response : typed
    const searched = correction?.kind === 'corrected' ? correction.query : query
    current.more.href = link(searched, literal)
    current.correction.replaceChildren(
      ...(correction
        ? [
            correctionNote(correction, link, (words, asTyped) => {
              current.input.value = words
              literal = asTyped
              current.input.focus()
              void search(current)
            }),
          ]
        : []),
    )
    // The results of the previous words stay until the first new one can take their place.
    let first = true
    const complete = await showInOrder(
      response.results.slice(0, MODAL_RESULTS),
      (data) => {
        if (first) current.list.replaceChildren()
        first = false
        current.list.append(resultItem(data, 3))
      },
      () => id === searchId,
    )
    if (!complete) return
    if (first) current.list.replaceChildren()
    const announcement = resultCountText(response.results.length, searched) + correctionAnnouncement(correction)
    pause = setTimeout(() => (current.status.textContent = announcement), TYPING_PAUSE_MS)
    current.noResults.hidden = response.results.length > 0
    current.more.parentElement!.hidden = response.results.length === 0
  } catch (error) {
    if (id !== searchId) return
    current.list.replaceChildren()
    current.correction.replaceChildren()
    current.noResults.hidden = true
    current.status.textContent =
      error instanceof SearchUnavailableError ? error.message : 'La recherche a échoué. Réessayez dans un instant.'
    if (!(error instanceof SearchUnavailableError)) console.error(error)
  }
}

/** Opens the dialog, or brings focus back to its box when it is open; `from` gets focus back on close. */
export function openModal(from: HTMLElement | null): void {
  modal ??= create()
  if (!modal.dialog.open) {
    opener = from ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null)
    modal.dialog.showModal()
    // Start loading while the reader types the first letters.
    void loadPagefind().catch(() => {})
  }
  modal.input.focus()
  modal.input.select()
}
