/** Id of every page's <main>, the skip link's target: no heading may take it. */
export const MAIN_CONTENT_ID = 'contenu'

/**
 * Ids the site's own markup uses on every page or adds at run time (the search dialog, its styles,
 * the search page): a heading whose text slugifies to one of them ("Search dialog title") must get
 * another, or the page would hold the same id twice. page-ids.test.ts checks this list against the
 * markup that declares them.
 */
export const SITE_WIDE_IDS: readonly string[] = [
  MAIN_CONTENT_ID,
  'search-dialog-title',
  'search-dialog-input',
  'search-dialog-help',
  'search-styles',
  'search-facet-panel',
  'search-facets-panel',
  'search-page-input',
  'search-facets-title',
  'search-results-title',
]
