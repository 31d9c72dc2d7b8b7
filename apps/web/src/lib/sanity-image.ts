import { createImageUrlBuilder } from '@sanity/image-url'
import type { ImageWithAlt } from '@weshare/schema'

/** The Sanity project whose CDN serves image assets. */
export interface ImageProject {
  projectId: string
  dataset: string
}

/** What an <img> needs: a default source, candidates for the browser to choose from, and the box size. */
export interface ResponsiveImage {
  src: string
  srcset: string
  sizes: string
  width: number
  height: number
}

/**
 * The project images come from, or null when the site builds from a dataset file without a project:
 * such a build has no CDN to point an <img> at.
 */
export function imageProjectFromEnv(
  env: Partial<Record<string, string | undefined>> = process.env,
): ImageProject | null {
  const projectId = env.SANITY_PROJECT_ID?.trim()
  const dataset = env.SANITY_DATASET?.trim()
  return projectId && dataset ? { projectId, dataset } : null
}

// Sanity asset ids encode the original size: image-<sha1>-<width>x<height>-<extension>.
// https://www.sanity.io/docs/image-urls
const ASSET_ID = /^image-[a-zA-Z0-9]+-(\d+)x(\d+)-[a-z0-9]+$/

/** Width and height of the uploaded file, read from its asset id; null for anything else. */
export function assetDimensions(ref: string): { width: number; height: number } | null {
  const match = ASSET_ID.exec(ref)
  if (!match) return null
  const width = Number(match[1])
  const height = Number(match[2])
  return width > 0 && height > 0 ? { width, height } : null
}

/** Widths offered in srcset; the column of text is about 45rem, so 720 px is the usual 1x choice. */
const CANDIDATE_WIDTHS = [360, 720, 1080, 1440]
const DISPLAY_WIDTH = 720

/**
 * URLs of an image at several widths, cropped as the editor cropped it, never upscaled.
 * Null when the image has no uploaded asset or no project is configured: render no <img> then.
 */
export function responsiveImage(image: ImageWithAlt, project: ImageProject | null): ResponsiveImage | null {
  const ref = image.asset?._ref
  const original = ref ? assetDimensions(ref) : null
  if (!project || !ref || !original) return null

  const crop = image.crop ?? { top: 0, bottom: 0, left: 0, right: 0 }
  const croppedWidth = Math.max(1, Math.round(original.width * (1 - crop.left - crop.right)))
  const croppedHeight = Math.max(1, Math.round(original.height * (1 - crop.top - crop.bottom)))
  const heightFor = (width: number) => Math.max(1, Math.round((width * croppedHeight) / croppedWidth))

  const builder = createImageUrlBuilder(project)
  // The builder applies a crop or hotspot only when given both sides; without one, the width alone
  // keeps the file's proportions exactly (a rounded height would make it cut a pixel off).
  const reframed = Boolean(image.crop || image.hotspot)
  const urlFor = (width: number) => {
    const sized = builder.image({ asset: { _ref: ref }, crop: image.crop, hotspot: image.hotspot }).width(width)
    return (reframed ? sized.height(heightFor(width)) : sized).fit('max').auto('format').url()
  }

  const widths = [
    ...new Set([
      ...CANDIDATE_WIDTHS.filter((width) => width < croppedWidth),
      Math.min(croppedWidth, CANDIDATE_WIDTHS.at(-1)!),
    ]),
  ]
  const width = Math.min(DISPLAY_WIDTH, croppedWidth)
  return {
    src: urlFor(width),
    srcset: widths.map((candidate) => `${urlFor(candidate)} ${candidate}w`).join(', '),
    sizes: `(min-width: 48rem) ${DISPLAY_WIDTH}px, 100vw`,
    width,
    height: heightFor(width),
  }
}

/** Size social networks expect for a link preview (Open Graph, Twitter's large card). */
const SHARE_WIDTH = 1200
const SHARE_HEIGHT = 630

/** A 1200×630 crop of the image around the editor's hotspot, for og:image; null as for responsiveImage. */
export function shareImage(
  image: ImageWithAlt,
  project: ImageProject | null,
): { url: string; width: number; height: number; alt: string } | null {
  const ref = image.asset?._ref
  if (!project || !ref || !assetDimensions(ref)) return null
  const url = createImageUrlBuilder(project)
    .image({ asset: { _ref: ref }, crop: image.crop, hotspot: image.hotspot })
    .width(SHARE_WIDTH)
    .height(SHARE_HEIGHT)
    .fit('crop')
    .format('jpg')
    .url()
  return { url, width: SHARE_WIDTH, height: SHARE_HEIGHT, alt: image.alt }
}
