/*
 * Where each image is shown, and so which files it needs: the widths offered in srcset, the
 * `sizes` that tells the browser how wide it is displayed, and the frame's aspect ratio. Defined
 * once here; the markup and both image paths (Sanity's CDN, files encoded at build) read it.
 *
 * Displayed sizes come from src/styles/global.css: 1rem is 16 px; the text column (.prose, .cover,
 * .card) is at most --measure (42rem, 672 px) wide; below that, main's side padding --gap,
 * clamp(1rem, 4vw, 2rem), is 4vw between 25rem and 50rem, so the column is 92vw until
 * 92vw = 42rem (45.7rem), and 100vw - 2rem on the narrowest phones. A card adds 1.25rem of
 * padding on each side. Avatars have a fixed size (.avatar, .avatar-small). Widths go up to
 * twice the largest displayed width (2x screens), three times for the smallest avatars.
 */

/** cover: session page; cover-card: home and session cards; avatar: speaker page;
 * avatar-small: a talk's speakers and the speaker index; figure: an image inside a recap. */
export const IMAGE_ROLES = ['cover', 'cover-card', 'avatar', 'avatar-small', 'figure'] as const
export type ImageRole = (typeof IMAGE_ROLES)[number]

export interface RoleSpec {
  /** Widths in pixels offered in srcset, ascending; capped by the source (never upscaled). */
  widths: readonly number[]
  /** The width the <img> states: its largest displayed width in CSS pixels. */
  displayWidth: number
  /** The `sizes` attribute: how wide the image is displayed at each viewport width. */
  sizes: string
  /** Width over height of the frame, filled around the hotspot; null keeps the editor's crop as it is. */
  aspectRatio: number | null
}

const COLUMN_SIZES = '(min-width: 45.7rem) 42rem, (min-width: 25rem) 92vw, calc(100vw - 2rem)'
const CARD_SIZES = '(min-width: 45.7rem) 39.5rem, (min-width: 25rem) calc(92vw - 2.5rem), calc(100vw - 4.5rem)'

export const ROLES: Readonly<Record<ImageRole, RoleSpec>> = {
  cover: { widths: [360, 480, 672, 1008, 1344], displayWidth: 672, sizes: COLUMN_SIZES, aspectRatio: null },
  // Cards in a list line up when their covers share one frame.
  'cover-card': { widths: [320, 480, 632, 948, 1264], displayWidth: 632, sizes: CARD_SIZES, aspectRatio: 16 / 9 },
  // .avatar: 8rem square.
  avatar: { widths: [128, 192, 256], displayWidth: 128, sizes: '8rem', aspectRatio: 1 },
  // .avatar-small: 1.75rem square, beside a name.
  'avatar-small': { widths: [28, 56, 84], displayWidth: 28, sizes: '1.75rem', aspectRatio: 1 },
  figure: { widths: [360, 480, 672, 1008, 1344], displayWidth: 672, sizes: COLUMN_SIZES, aspectRatio: null },
}

/**
 * The widths of `role` for a source whose usable width (after crop and framing) is `available`:
 * the role's widths below it, then the largest the source allows. Never wider than the source.
 */
export function widthsFor(role: ImageRole, available: number): number[] {
  const { widths } = ROLES[role]
  const largest = Math.min(available, widths.at(-1)!)
  return [...new Set([...widths.filter((width) => width < largest), largest])]
}
