/*
 * The rectangle of the source image that an image shows, in the source's pixels: the editor's crop,
 * narrowed to a target aspect ratio around the hotspot. It is the rectangle @sanity/image-url puts
 * in its `rect=` parameter, computed the same way (its urlForImage.ts, `fit()`), rounding included,
 * so that a file encoded at build shows the pixels Sanity's CDN would.
 * https://www.sanity.io/docs/image-urls#rect-f2a5b8e4f2e2
 */

/** Fractions of the source cut off on each side, as Sanity stores them. */
export interface Crop {
  top: number
  bottom: number
  left: number
  right: number
}

/** The part of the source to keep in view, as fractions: its centre and its size. */
export interface Hotspot {
  x: number
  y: number
  width: number
  height: number
}

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

export interface Size {
  width: number
  height: number
}

const NO_CROP: Crop = { top: 0, bottom: 0, left: 0, right: 0 }
const WHOLE: Hotspot = { x: 0.5, y: 0.5, width: 1, height: 1 }

/** The crop in pixels of a source of size `source`. */
export function cropPixels(source: Size, crop: Crop | null | undefined = NO_CROP): Rect {
  const { top, bottom, left, right } = crop ?? NO_CROP
  const cropLeft = Math.round(left * source.width)
  const cropTop = Math.round(top * source.height)
  return {
    left: cropLeft,
    top: cropTop,
    width: Math.round(source.width - right * source.width - cropLeft),
    height: Math.round(source.height - bottom * source.height - cropTop),
  }
}

/**
 * The rectangle shown of a `source` image for an output of `target` size, or of the crop as it is
 * when no target is given (an output that keeps the crop's proportions).
 */
export function cropRect(
  source: Size,
  crop: Crop | null | undefined,
  hotspot: Hotspot | null | undefined,
  target?: Size,
): Rect {
  const cropped = cropPixels(source, crop)
  if (!target) return cropped

  const spot = hotspot ?? WHOLE
  const spotLeft = spot.x * source.width - (spot.width * source.width) / 2
  const spotRight = spot.x * source.width + (spot.width * source.width) / 2
  const spotTop = spot.y * source.height - (spot.height * source.height) / 2
  const spotBottom = spot.y * source.height + (spot.height * source.height) / 2

  const desired = target.width / target.height
  if (cropped.width / cropped.height > desired) {
    // Wider than the target: cut from the sides, centred on the hotspot, within the crop.
    const height = Math.round(cropped.height)
    const width = Math.round(height * desired)
    const top = Math.max(0, Math.round(cropped.top))
    const centre = Math.round((spotRight - spotLeft) / 2 + spotLeft)
    let left = Math.max(0, Math.round(centre - width / 2))
    if (left < cropped.left) left = cropped.left
    else if (left + width > cropped.left + cropped.width) left = cropped.left + cropped.width - width
    return { left, top, width, height }
  }
  // Taller than the target: cut from the top and bottom.
  const width = cropped.width
  const height = Math.round(width / desired)
  const left = Math.max(0, Math.round(cropped.left))
  const centre = Math.round((spotBottom - spotTop) / 2 + spotTop)
  let top = Math.max(0, Math.round(centre - height / 2))
  if (top < cropped.top) top = cropped.top
  else if (top + height > cropped.top + cropped.height) top = cropped.top + cropped.height - height
  return { left, top, width, height }
}

/** The largest width an output of aspect ratio `aspectRatio` can have without upscaling. */
export function availableWidth(source: Size, crop: Crop | null | undefined, aspectRatio: number | null): number {
  const cropped = cropPixels(source, crop)
  if (aspectRatio === null) return cropped.width
  return cropped.width / cropped.height > aspectRatio ? Math.round(cropped.height * aspectRatio) : cropped.width
}
