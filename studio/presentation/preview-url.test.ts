import { PREVIEW_ENABLE_PATH } from '@weshare/publisher/preview-routes'
import { describe, expect, test } from 'vitest'
import config from '../sanity.config.ts'
import { DEFAULT_PREVIEW_URL, presentationPreviewUrl, previewUrlFromEnv } from './preview-url.ts'

/** The options the Studio's configuration gives the Presentation tool, as Sanity keeps them. */
function presentationOptions(): { previewUrl: unknown } {
  const plugins = (config as { plugins?: Array<{ tools?: Array<{ name: string; options?: unknown }> }> }).plugins ?? []
  const tool = plugins.flatMap((plugin) => plugin.tools ?? []).find((candidate) => candidate.name === 'presentation')
  if (!tool) throw new Error('The Studio configuration has no Presentation tool.')
  return tool.options as { previewUrl: unknown }
}

describe('the Presentation tool of the Studio', () => {
  test("opens the preview through the publisher's enable route, which sets the preview cookie", () => {
    expect(presentationOptions().previewUrl).toEqual({
      initial: previewUrlFromEnv(),
      previewMode: { enable: PREVIEW_ENABLE_PATH },
    })
    expect(PREVIEW_ENABLE_PATH).toBe('/preview/enable')
  })

  test("resolves the enable route against the preview's own address", () => {
    const { initial, previewMode } = presentationPreviewUrl({
      SANITY_STUDIO_PREVIEW_URL: 'https://apercu.weshare.example/',
    })
    expect(new URL(previewMode.enable, initial).href).toBe('https://apercu.weshare.example/preview/enable')
  })

  test("defaults to the publisher's preview on this machine, and refuses an address that is not http(s)", () => {
    expect(previewUrlFromEnv({})).toBe(DEFAULT_PREVIEW_URL)
    expect(() => previewUrlFromEnv({ SANITY_STUDIO_PREVIEW_URL: 'apercu.weshare.example' })).toThrow(
      /SANITY_STUDIO_PREVIEW_URL="apercu\.weshare\.example" is not an http\(s\) address/,
    )
  })
})
