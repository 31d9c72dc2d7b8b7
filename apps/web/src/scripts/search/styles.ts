/*
 * Styles of the search dialog and of /recherche/, added by the search module when it loads: pages
 * that never open search do not carry them. Colours come from the site's custom properties
 * (src/styles/global.css), whose pairs meet 4.5:1 in both colour schemes.
 */

/** Wide enough for the facet panel beside the results; narrower, it waits behind "Filtrer". */
export const WIDE_SCREEN = '(min-width: 52rem)'

export const STYLES = /* css */ `
.search-form label { display: block; font-family: var(--sans); font-weight: 600; margin-bottom: 0.35rem; }
.search-field { display: flex; gap: 0.5rem; }
.search-form input[type='search'] {
  flex: 1; min-width: 0; width: 100%; font: inherit; font-family: var(--sans); padding: 0.5rem 0.75rem;
  color: var(--text); background: var(--bg); border: 1px solid var(--muted); border-radius: 6px;
}
.search-form button, .search-page button, .search-dialog button {
  font: inherit; font-family: var(--sans); font-size: 0.95rem; padding: 0.45rem 0.9rem; cursor: pointer;
  color: var(--text); background: var(--surface); border: 1px solid var(--border); border-radius: 6px;
}
.search-form button:hover, .search-page button:hover, .search-dialog button:hover { border-color: var(--accent); }
.search-status, .search-help { font-family: var(--sans); font-size: 0.95rem; color: var(--muted); }
.search-list { list-style: none; padding: 0; margin: 1rem 0; }
.search-result { padding: 0.9rem 0; border-top: 1px solid var(--border); }
.search-result + .search-result { margin: 0; }
.search-result p { margin: 0.2rem 0 0; }
.search-result-title { font-size: 1.15rem; margin: 0.15rem 0 0.2rem; }
.search-result-title a { text-decoration: none; }
.search-result-title a:hover, .search-result-title a:focus-visible { text-decoration: underline; }
.search-result-kicker, .search-result-meta { font-family: var(--sans); font-size: 0.9rem; color: var(--muted); }
.search-result-image { float: right; margin: 0 0 0.5rem 1rem; border-radius: 6px; object-fit: cover; }
.search-result-excerpt, .search-result-sections { font-size: 0.98rem; }
.search-result-sections { list-style: none; margin: 0.5rem 0 0; padding: 0 0 0 1rem; border-left: 2px solid var(--border); }
.search-result-sections li + li { margin-top: 0.35rem; }
.search-result-sections a { font-family: var(--sans); font-weight: 600; }
.search-result-section-excerpt { display: block; color: var(--muted); }
.search-list mark { background: var(--badge-bg); color: var(--badge-text); font-weight: 600; border-radius: 2px; }

.search-page .search-form { max-width: var(--measure); margin-bottom: 1.5rem; }
.search-columns { display: grid; gap: 0.75rem 2.5rem; grid-template-areas: 'toolbar' 'facets' 'results'; grid-template-columns: minmax(0, 1fr); }
@media ${WIDE_SCREEN} {
  .search-columns { grid-template-areas: 'facets toolbar' 'facets results'; grid-template-columns: 15rem minmax(0, 1fr); grid-template-rows: auto 1fr; }
  .search-page .search-filter-toggle, .search-page .search-facets-done { display: none; }
}
@media not ${WIDE_SCREEN} {
  .search-facets:not([data-open]) { display: none; }
  .search-facets { padding: 0.75rem 1rem; border: 1px solid var(--border); border-radius: 8px; background: var(--surface); }
}
.search-columns h2 { font-size: 1.2rem; margin: 0 0 0.5rem; }
.search-toolbar { grid-area: toolbar; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline; }
.search-toolbar .search-status { margin: 0; flex: 1 1 12rem; min-height: 1.5em; }
.search-facets { grid-area: facets; font-family: var(--sans); font-size: 0.95rem; }
.search-facets [data-search-clear] { margin: 0 0 1rem; }
.search-results { grid-area: results; min-height: 100vh; }
.search-facet { border: 0; padding: 0; margin: 0 0 1.25rem; min-width: 0; }
.search-facet legend { font-weight: 700; padding: 0; margin-bottom: 0.35rem; }
.search-facet ul { list-style: none; margin: 0; padding: 0; }
.search-facet li + li { margin-top: 0.15rem; }
.search-facet label { display: flex; gap: 0.4rem; align-items: baseline; cursor: pointer; }
.search-facet input { margin: 0; flex: none; transform: translateY(0.1em); }
.search-facet .search-facet-toggle { margin-top: 0.4rem; padding: 0.2rem 0.6rem; font-size: 0.9rem; }
.search-order { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-family: var(--sans); font-size: 0.95rem; }
.search-order legend { float: left; font-weight: 600; padding: 0; margin-right: 0.25rem; }
.search-order label { display: inline-flex; gap: 0.3rem; align-items: baseline; cursor: pointer; }
.search-order input:disabled + span { color: var(--muted); }
.search-no-results { font-family: var(--sans); }
.search-correction { font-family: var(--sans); margin: 0.5rem 0 0; }

.search-dialog {
  width: min(44rem, calc(100vw - 2rem)); max-height: calc(100dvh - 4rem); margin: 2rem auto auto; padding: 0 1.25rem 1rem;
  color: var(--text); background: var(--bg); border: 1px solid var(--border); border-radius: 10px;
  box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.35); overflow-y: auto; overscroll-behavior: contain;
}
.search-dialog::backdrop { background: rgb(0 0 0 / 0.55); }
.search-dialog-head { position: sticky; top: 0; z-index: 1; display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: 1rem 0 0.5rem; background: var(--bg); }
.search-dialog-head h2 { margin: 0; font-size: 1.25rem; }
.search-dialog .search-help { margin: 0.4rem 0 0; font-size: 0.85rem; }
.search-dialog .search-list { margin-top: 0.5rem; }
.search-dialog-more { font-family: var(--sans); margin: 0; }
`
