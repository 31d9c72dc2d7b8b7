/*
 * The preview's routes that the Studio links to. This file imports nothing, so the Studio bundle
 * takes these names without any of the server.
 */

/** Opens the preview: Presentation's `previewMode.enable`, and the link of the "Site public" tool. */
export const PREVIEW_ENABLE_PATH = '/preview/enable'
