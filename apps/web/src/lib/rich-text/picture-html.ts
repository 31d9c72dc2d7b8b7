import type { PictureData } from '../images/index.ts'
import { escapeHtml } from './escape-html.ts'

export interface PictureMarkup {
  /** The image's alternative text; empty when the image only repeats text beside it (an avatar next to the name). */
  alt: string
  /** Above the fold (the session cover, the speaker page's avatar): loaded at once, first. */
  eager?: boolean
  /** Class of the `<picture>` element. */
  className?: string | undefined
  /** More attributes of the `<picture>` element (click-to-edit on the preview). */
  attributes?: Readonly<Record<string, string>>
  /** More attributes of the `<img>` element (what the search index reads of a cover). */
  imgAttributes?: Readonly<Record<string, string>>
}

const attribute = (name: string, value: string | number | undefined) =>
  value === undefined || value === '' ? '' : ` ${name}="${escapeHtml(String(value))}"`

const attributes = (values: Readonly<Record<string, string>> = {}) =>
  Object.entries(values)
    .map(([name, value]) => attribute(name, value))
    .join('')

// A placeholder goes into a CSS url() unquoted: only a base64 image data URL, whose characters need
// no escaping there, is accepted. Anything else is dropped rather than written into a style.
const PLACEHOLDER = /^data:image\/(?:jpeg|png|webp|gif|avif);base64,[A-Za-z0-9+/]+={0,2}$/

/** The CSS background that stands in for the image while it loads, or nothing without a usable placeholder. */
export function placeholderStyle(placeholder: string | null): string | undefined {
  return placeholder && PLACEHOLDER.test(placeholder) ? `background:url(${placeholder}) center/cover` : undefined
}

/**
 * The one markup of an image on the site, shared by components/Picture.astro and the rich text
 * renderer (which writes HTML as a string, synchronously): a `<picture>` with the modern formats,
 * then an `<img>` whose width and height reserve its box before it loads (no layout shift) and
 * whose background is the blurred placeholder until the image covers it.
 */
export function pictureHtml(picture: PictureData, markup: PictureMarkup): string {
  const { img, sources } = picture
  const sourceTags = sources
    .map(
      (source) =>
        `<source${attribute('type', source.type)}${attribute('srcset', source.srcset)}${attribute('sizes', img.sizes)}>`,
    )
    .join('')
  const loading = markup.eager ? ' fetchpriority="high"' : ' loading="lazy"'
  const style = placeholderStyle(picture.placeholder)
  return (
    `<picture${attribute('class', markup.className)}${attributes(markup.attributes)}>${sourceTags}` +
    `<img${attribute('src', img.src)}${attribute('srcset', img.srcset)}${attribute('sizes', img.sizes)}` +
    `${attribute('width', img.width)}${attribute('height', img.height)} alt="${escapeHtml(markup.alt)}"` +
    `${loading} decoding="async"${attribute('style', style)}${attributes(markup.imgAttributes)}></picture>`
  )
}
