import { SEARCH_ROUTE } from '@weshare/schema/routes'

/*
 * Where the search files live on the site. The search module is built by
 * integrations/search-assets.ts (esbuild, into dist/search/ at the end of `astro build`, on request
 * in `astro dev`); Pagefind writes its bundle to dist/pagefind/ after Astro (scripts/pagefind-index.ts).
 */

/** Folder of the built search module, under the site root. */
export const SEARCH_ASSETS_DIR = 'search'

/**
 * The search module: a stable URL, since the inline loader of every page imports it by name. Like
 * Pagefind's own pagefind.js, it must be served with revalidation rather than a long max-age.
 */
export const SEARCH_MODULE_URL = `/${SEARCH_ASSETS_DIR}/search.js`

/** Pagefind's bundle: pagefind.js, its worker, WebAssembly and index. */
export const PAGEFIND_URL = SEARCH_ROUTE.pagefindFolder

/** Query parameter carrying the searched words to a result, where Pagefind's highlighter marks them. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight'
