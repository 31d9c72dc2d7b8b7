import sharp, { type Sharp } from 'sharp'
import { createRandom, type Random } from './random.ts'

/*
 * Images with the sizes and weights of real uploads, made fast enough for thousands of them.
 * Encoding is the cost that cannot be avoided (≈ 10–25 ms for a 1600×1067 JPEG here), so the
 * expensive part — a smooth field of colour with photographic grain — is drawn once per base
 * (BASES per kind, ≈ 200 ms each), and every image is a different window cut out of a base,
 * which libvips does without copying. Windows are taken in an order that never repeats within
 * a base, so two images never have the same pixels (and never the same SHA-1).
 * Diagrams are rendered from SVG, each with its own number and layout.
 */

export type SyntheticImageKind = 'photo' | 'avatar' | 'diagram'

export interface SyntheticImage {
  kind: SyntheticImageKind
  bytes: Buffer
  width: number
  height: number
  extension: 'jpg' | 'png'
  mimeType: 'image/jpeg' | 'image/png'
  /** A 20-pixel-wide JPEG as a data URL, as Sanity stores in `metadata.lqip`. */
  lqip: string
  hasAlpha: boolean
}

/** Sizes as a phone or a camera uploads them: landscape photos, square portraits, slide-sized diagrams. */
export const IMAGE_SIZES: Readonly<Record<SyntheticImageKind, { width: number; height: number }>> = {
  photo: { width: 1600, height: 1067 },
  avatar: { width: 800, height: 800 },
  diagram: { width: 1400, height: 900 },
}

/** Distinct bases per photographic kind; each yields MARGIN.x × MARGIN.y distinct windows. */
export const BASES = 12
const MARGIN = { x: 200, y: 133 } as const
const WINDOWS_PER_BASE = MARGIN.x * MARGIN.y
const LQIP_WIDTH = 20

interface Base {
  pixels: Buffer
  width: number
  height: number
}

async function drawBase(random: Random, width: number, height: number, grain: number): Promise<Base> {
  // A coarse grid of random colours, enlarged with a cubic kernel, looks like an out-of-focus scene;
  // gaussian grain blended over it gives JPEG the detail of a real photo, hence its weight.
  const columns = 16
  const rows = Math.max(2, Math.round((columns * height) / width))
  const coarse = Buffer.alloc(columns * rows * 3)
  for (let index = 0; index < coarse.length; index++) coarse[index] = random.int(0, 255)
  const noise = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: grain } },
  })
    .raw()
    .toBuffer()
  const pixels = await sharp(coarse, { raw: { width: columns, height: rows, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .composite([{ input: noise, raw: { width, height, channels: 3 }, blend: 'soft-light' }])
    .removeAlpha()
    .raw()
    .toBuffer()
  return { pixels, width, height }
}

async function lqipOf(image: Sharp): Promise<string> {
  const small = await image.clone().resize(LQIP_WIDTH).jpeg({ quality: 40 }).toBuffer()
  return `data:image/jpeg;base64,${small.toString('base64')}`
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A flow diagram: boxes joined by arrows, labelled in French, numbered so that no two are alike. */
function diagramSvg(number: number, random: Random): string {
  const { width, height } = IMAGE_SIZES.diagram
  const steps = random.int(3, 6)
  const labels = ['Commit', 'Build', 'Tests', 'Revue', 'Déploiement', 'Supervision', 'Alerte', 'Correctif']
  const boxWidth = Math.floor((width - 160) / steps) - 40
  const hue = random.int(0, 359)
  const boxes = Array.from({ length: steps }, (_, step) => {
    const x = 80 + step * (boxWidth + 40)
    const y = 300 + random.int(-120, 120)
    const label = escapeXml(labels[(number + step) % labels.length] as string)
    const arrow =
      step < steps - 1
        ? `<line x1="${x + boxWidth}" y1="${y + 60}" x2="${x + boxWidth + 40}" y2="${y + 60}" stroke="#333" stroke-width="4"/>`
        : ''
    return (
      `<rect x="${x}" y="${y}" width="${boxWidth}" height="120" rx="14" fill="hsl(${(hue + step * 37) % 360},55%,60%)"/>` +
      `<text x="${x + 16}" y="${y + 70}" font-family="sans-serif" font-size="28" fill="#111">${label}</text>${arrow}`
    )
  }).join('')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="${width}" height="${height}" fill="#f6f3ec"/>` +
    `<text x="80" y="110" font-family="sans-serif" font-size="44" fill="#222">Schéma n° ${number}</text>` +
    `${boxes}<text x="80" y="${height - 60}" font-family="sans-serif" font-size="24" fill="#555">` +
    `Chaîne de livraison, variante ${random.hex(6)}</text></svg>`
  )
}

export interface ImageMaker {
  /** The next image of a kind: every call gives different pixels. */
  next: (kind: SyntheticImageKind) => Promise<SyntheticImage>
}

/**
 * Makes images of each kind, deterministic for a seed. `grain` sets how much detail photos carry:
 * the default gives JPEGs of about 330 KB at 1600×1067 (portraits ≈ 130 KB), as photos resized
 * for the web weigh.
 */
export function createImageMaker(seed: number, { grain = 30 }: { grain?: number } = {}): ImageMaker {
  const random = createRandom(seed)
  const bases = new Map<string, Promise<Base>>()
  const made: Record<SyntheticImageKind, number> = { photo: 0, avatar: 0, diagram: 0 }

  const baseFor = (kind: 'photo' | 'avatar', index: number): Promise<Base> => {
    const key = `${kind}-${index}`
    let base = bases.get(key)
    if (!base) {
      const { width, height } = IMAGE_SIZES[kind]
      base = drawBase(createRandom(random.int(0, 2 ** 31)), width + MARGIN.x, height + MARGIN.y, grain)
      bases.set(key, base)
    }
    return base
  }

  const photographic = async (kind: 'photo' | 'avatar', number: number): Promise<SyntheticImage> => {
    const { width, height } = IMAGE_SIZES[kind]
    const base = await baseFor(kind, number % BASES)
    const window = Math.floor(number / BASES)
    if (window >= WINDOWS_PER_BASE) {
      throw new Error(
        `Cannot make more than ${BASES * WINDOWS_PER_BASE} distinct ${kind} images: raise BASES in synthetic-images.ts.`,
      )
    }
    // Multiplying by a number coprime with the margin permutes the offsets: neighbours in the
    // sequence are far apart in the base, and no pair (left, top) comes twice.
    const left = (window * 37) % MARGIN.x
    const top = (Math.floor(window / MARGIN.x) * 53) % MARGIN.y
    const image = sharp(base.pixels, { raw: { width: base.width, height: base.height, channels: 3 } }).extract({
      left,
      top,
      width,
      height,
    })
    const [bytes, lqip] = await Promise.all([image.clone().jpeg({ quality: 80 }).toBuffer(), lqipOf(image)])
    return { kind, bytes, width, height, extension: 'jpg', mimeType: 'image/jpeg', lqip, hasAlpha: false }
  }

  const diagram = async (number: number): Promise<SyntheticImage> => {
    const { width, height } = IMAGE_SIZES.diagram
    const image = sharp(Buffer.from(diagramSvg(number, random)))
    const [bytes, lqip] = await Promise.all([image.clone().png().toBuffer(), lqipOf(image.clone().flatten())])
    return { kind: 'diagram', bytes, width, height, extension: 'png', mimeType: 'image/png', lqip, hasAlpha: true }
  }

  return {
    next: (kind) => {
      const number = made[kind]++
      return kind === 'diagram' ? diagram(number) : photographic(kind, number)
    },
  }
}
