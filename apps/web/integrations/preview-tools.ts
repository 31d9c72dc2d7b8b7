import { rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { build } from 'esbuild'
import { PREVIEW_ASSETS_DIR } from '../src/lib/preview.ts'

/*
 * Only the preview build has this integration (astro.config.ts). It bundles the overlay script
 * (src/scripts/preview/visual-editing.ts, with @sanity/visual-editing and React) to a stable URL
 * outside Vite, so that no byte of it can reach the public build, and removes the feed: a preview
 * is read by editors, not subscribed to.
 */

const ENTRY = fileURLToPath(new URL('../src/scripts/preview/visual-editing.ts', import.meta.url))

export function previewTools(): AstroIntegration {
  return {
    name: 'weshare:preview-tools',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const result = await build({
          entryPoints: { 'visual-editing': ENTRY },
          outdir: fileURLToPath(new URL(`${PREVIEW_ASSETS_DIR}/`, dir)),
          bundle: true,
          format: 'esm',
          target: 'es2022',
          minify: true,
          legalComments: 'none',
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'silent',
          metafile: true,
        })
        const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0)
        logger.info(`Preview overlay script: ${bytes} bytes.`)
        await rm(new URL('rss.xml', dir), { force: true })
      },
    },
  }
}
