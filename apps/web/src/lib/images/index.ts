import { formatList } from '@weshare/schema/list-format'
import type { SocialCard } from '../social-card/index.ts'
import { assertSocialCard } from '../social-card/card.ts'
import { socialCardJob } from './card-job.ts'
import { cdnUrl } from './cdn.ts'
import { availableWidth, cropPixels, cropRect, type Size } from './crop-rect.ts'
import { fallbackFormat, IMAGES_PATH, queuedImage } from './offline.ts'
import { imageQueue } from './queue.ts'
import { isOpaque, type ResolvedImage } from './resolved-image.ts'
import { ROLES, widthsFor, type ImageRole } from './roles.ts'
import { imageSource } from './source.ts'

/*
 * From a resolved image to what the markup needs, on both content paths, synchronously: a page
 * never waits for an encode. On the Content Lake path URLs point at Sanity's CDN, which crops,
 * resizes and picks the format; from a dataset file they name files under /_images/ that the build
 * encodes in the background (offline.ts, queue.ts) and the images integration publishes.
 */

export type { ImageRole } from './roles.ts'
export type { ResolvedImage } from './resolved-image.ts'
export type { SocialCard } from '../social-card/index.ts'

export interface PictureData {
  /** AVIF and WebP candidates for <source> elements; empty on the CDN path, which picks the format itself. */
  sources: { type: 'image/avif' | 'image/webp'; srcset: string }[]
  img: { src: string; srcset: string; sizes: string; width: number; height: number }
  /** The LQIP data URL, for a CSS background while the image loads; null when the asset has none. */
  placeholder: string | null
}

export interface ShareImage {
  /** A site path (/_images/…) or an absolute URL; pages make it absolute with the site's address. */
  path: string
  width: 1200
  height: 630
  alt: string
}

/** What an image of `role` shows at one width: the output size and the source rectangle behind it. */
interface Frame {
  width: number
  height: number
  /** Height given to the CDN: only when the role fixes the aspect ratio. */
  fixed: boolean
}

/** The markup data of `image` shown as `role`. */
export function pictureFor(image: ResolvedImage, role: ImageRole): PictureData {
  const source = imageSource(image)
  const { sizes, displayWidth, aspectRatio } = ROLES[role]
  const cropped = cropPixels(source.size, image.crop)
  const available = availableWidth(source.size, image.crop, aspectRatio)
  const frameAt = (width: number): Frame => ({
    width,
    height: Math.max(1, Math.round(aspectRatio ? width / aspectRatio : (width * cropped.height) / cropped.width)),
    fixed: aspectRatio !== null,
  })
  const frames = widthsFor(role, available).map(frameAt)
  const shown = frameAt(Math.min(displayWidth, available))
  const placeholder = image.asset.metadata.lqip ?? null

  if (source.kind === 'cdn') {
    const url = (frame: Frame) =>
      cdnUrl(source, image, { width: frame.width, height: frame.fixed ? frame.height : undefined })
    return {
      sources: [],
      img: { src: url(shown), srcset: srcset(frames, url), sizes, width: shown.width, height: shown.height },
      placeholder,
    }
  }

  const rectAt = (frame: Frame) => cropRect(source.size, image.crop, image.hotspot, frame.fixed ? frame : undefined)
  const fileAt = (format: 'avif' | 'webp' | 'jpeg' | 'png') => (frame: Frame) =>
    queuedImage(source, rectAt(frame), frame.width, frame.height, format)
  const fallback = fileAt(fallbackFormat(source, isOpaque(image)))
  return {
    sources: [
      { type: 'image/avif', srcset: srcset(frames, fileAt('avif')) },
      { type: 'image/webp', srcset: srcset(frames, fileAt('webp')) },
    ],
    img: { src: fallback(shown), srcset: srcset(frames, fallback), sizes, width: shown.width, height: shown.height },
    placeholder,
  }
}

/** The size of link previews (Open Graph, Twitter's large card). */
const SHARE: Size & { width: 1200; height: 630 } = { width: 1200, height: 630 }

/**
 * `image` as a 1200×630 link preview (og:image), framed around its hotspot: a JPEG, or a PNG for
 * a source that may be transparent, formats every link preview reader accepts.
 */
export function shareImageFor(image: ResolvedImage): ShareImage {
  const source = imageSource(image)
  const path =
    source.kind === 'cdn'
      ? cdnUrl(source, image, SHARE, 'jpg')
      : queuedImage(
          source,
          cropRect(source.size, image.crop, image.hotspot, SHARE),
          SHARE.width,
          SHARE.height,
          fallbackFormat(source, isOpaque(image)),
        )
  return { path, width: SHARE.width, height: SHARE.height, alt: image.alt }
}

/**
 * The generated card of a page that has no image of its own, as its link preview. Cards are made
 * at build on both content paths, named by the digest of what they draw (`/_images/cards/…`), so
 * a card whose page did not change is taken from the cache.
 */
export function socialCardFor(card: SocialCard): ShareImage {
  // A wrong card fails the page that asks for it, not the encoding queue later.
  assertSocialCard(card)
  const job = socialCardJob(card)
  imageQueue().add(job)
  // The card shows text: its alternative text says the same.
  const details = [card.kind, formatList(card.speakers), card.date].filter((part) => part !== '')
  const alt = `${card.title}${details.length > 0 ? ` (${details.join(', ')})` : ''} — ${card.siteName}`
  return { path: `${IMAGES_PATH}${job.name}`, width: SHARE.width, height: SHARE.height, alt }
}

function srcset(frames: readonly Frame[], url: (frame: Frame) => string): string {
  return frames.map((frame) => `${url(frame)} ${frame.width}w`).join(', ')
}
