import { STYLES } from './styles.ts'
import { openModal } from './modal.ts'
import { mountSearchPage } from './page.ts'

/*
 * The search module, requested only when a reader opens search (the header's inline loader
 * imports it) or lands on /recherche/ (which loads it as a script). Built by
 * integrations/search-assets.ts into /search/search.js.
 */

function addStyles(): void {
  if (document.getElementById('search-styles')) return
  const style = document.createElement('style')
  style.id = 'search-styles'
  style.textContent = STYLES
  document.head.append(style)
}

addStyles()
const pageRoot = document.querySelector<HTMLElement>('[data-search-page]')
const page = pageRoot ? mountSearchPage(pageRoot) : undefined

/** What the header's button, Ctrl+K, ⌘K and "/" do: the search box of /recherche/ there, the dialog elsewhere. */
export function openSearch(opener: HTMLElement | null): void {
  if (page) page.focus()
  else openModal(opener)
}
