/** Id of every page's <main>, the skip link's target: no heading may take it. */
export const MAIN_CONTENT_ID = 'contenu'
