import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import type { SocialCard } from './card.ts'
import { cardFace } from './fonts.ts'
import { glyphMask, glyphMasks } from './glyph-cache.ts'
import { CARD_ACCENT_BAND, CARD_COLOURS, CARD_HEIGHT, CARD_MARGIN, CARD_SEPARATOR, CARD_WIDTH } from './layout.ts'
import { renderSocialCard } from './render.ts'
import { shapeText } from './shaping.ts'

const card: SocialCard = {
  title: 'Déployer le vendredi soir : récit d’une équipe qui n’a plus peur',
  kind: 'Retour d’expérience',
  speakers: ['Maëlle Rivière', 'Joël Béranger'],
  date: 'jeudi 16 mars 2023',
  siteName: 'WeShare',
}

const crowded: SocialCard = {
  title: `${'Œuvres complètes et « fragments » retrouvés, '.repeat(7)}fin`.slice(0, 300),
  kind: 'Table ronde des intervenantes et intervenants invités',
  speakers: Array.from({ length: 12 }, (_, index) => `Intervenante aux prénoms composés numéro ${index + 1}`),
  date: 'du lundi 6 au mercredi 8 février 2023',
  siteName: 'WeShare, les récaps des journées de partage '.repeat(4).trim(),
}

interface Pixels {
  data: Buffer
  width: number
  height: number
  channels: number
}

async function pixelsOf(image: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height, channels: info.channels }
}

function hex(pixels: Pixels, x: number, y: number): string {
  const at = (y * pixels.width + x) * pixels.channels
  return `#${[...pixels.data.subarray(at, at + 3)].map((value) => value.toString(16).padStart(2, '0')).join('')}`
}

/** The colours found in a rectangle, with how many pixels have each. */
function coloursIn(pixels: Pixels, left: number, top: number, width: number, height: number): Map<string, number> {
  const colours = new Map<string, number>()
  for (let y = top; y < top + height; y++) {
    for (let x = left; x < left + width; x++) {
      const colour = hex(pixels, x, y)
      colours.set(colour, (colours.get(colour) ?? 0) + 1)
    }
  }
  return colours
}

/** The bytes of a rectangle, to compare what two cards draw there. */
function region(pixels: Pixels, left: number, top: number, width: number, height: number): Buffer {
  const rows = Array.from({ length: height }, (_, row) => {
    const start = ((top + row) * pixels.width + left) * pixels.channels
    return pixels.data.subarray(start, start + width * pixels.channels)
  })
  return Buffer.concat(rows)
}

describe('renderSocialCard', () => {
  test('draws a 1200×630 PNG of three colour channels', async () => {
    const image = renderSocialCard(card)
    const metadata = await sharp(image).metadata()
    expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({
      format: 'png',
      width: 1200,
      height: 630,
    })
    expect((await pixelsOf(image)).channels).toBe(3)
  })

  test('draws the accent band, the badge, the title in the text colour and the site name in the accent colour', async () => {
    const pixels = await pixelsOf(renderSocialCard(card))
    expect([...coloursIn(pixels, 0, 0, CARD_WIDTH, CARD_ACCENT_BAND).keys()]).toEqual([CARD_COLOURS.accent])
    expect(hex(pixels, CARD_MARGIN + 30, CARD_MARGIN + 3)).toBe(CARD_COLOURS.badgeBg)
    expect(coloursIn(pixels, CARD_MARGIN, 70, 300, 45).get(CARD_COLOURS.badgeText) ?? 0).toBeGreaterThan(300)
    expect(coloursIn(pixels, CARD_MARGIN, 150, 1000, 160).get(CARD_COLOURS.text) ?? 0).toBeGreaterThan(10000)
    const separator = coloursIn(pixels, CARD_MARGIN, CARD_SEPARATOR.top, CARD_SEPARATOR.width, CARD_SEPARATOR.height)
    expect([...separator.keys()]).toEqual([CARD_COLOURS.border])
    const footer = coloursIn(pixels, CARD_MARGIN, CARD_HEIGHT - CARD_MARGIN - 45, 300, 45)
    expect(footer.get(CARD_COLOURS.accent) ?? 0).toBeGreaterThan(500)
    const date = coloursIn(pixels, CARD_WIDTH - CARD_MARGIN - 300, CARD_HEIGHT - CARD_MARGIN - 45, 300, 45)
    expect(date.get(CARD_COLOURS.muted) ?? 0).toBeGreaterThan(300)
  })

  test('draws the title it is given: another title changes the title’s lines and nothing above them', async () => {
    const first = await pixelsOf(renderSocialCard(card))
    const second = await pixelsOf(renderSocialCard({ ...card, title: 'Un tout autre titre, bien plus court' }))
    expect(region(first, 0, 150, CARD_WIDTH, 150).equals(region(second, 0, 150, CARD_WIDTH, 150))).toBe(false)
    expect(region(first, 0, 0, CARD_WIDTH, 140).equals(region(second, 0, 0, CARD_WIDTH, 140))).toBe(true)
  })

  test('ends a long title with an ellipsis above the footer, leaving the rest of the card empty', async () => {
    const long = { ...crowded, speakers: [] }
    const pixels = await pixelsOf(renderSocialCard(long))
    // Three lines of 54 px at 1.15 from y 143 end at 330: below them, only the background down to the separator.
    expect([...coloursIn(pixels, 0, 335, CARD_WIDTH, CARD_SEPARATOR.top - 335).keys()]).toEqual([CARD_COLOURS.bg])
    // The ellipsis' three dots: the last line's right end holds text-coloured pixels in three runs.
    const lastLine = 143 + 2 * 54 * 1.15
    let rightmost = 0
    for (let x = CARD_WIDTH - CARD_MARGIN; x > CARD_MARGIN && rightmost === 0; x--) {
      for (let y = Math.round(lastLine); y < lastLine + 62 && rightmost === 0; y++) {
        if (hex(pixels, x, y) === CARD_COLOURS.text) rightmost = x
      }
    }
    const dots = coloursIn(pixels, rightmost - 60, Math.round(lastLine + 30), 61, 30)
    expect(dots.get(CARD_COLOURS.text) ?? 0).toBeGreaterThan(30)
  })

  test('keeps a 300-character title and 12 speakers inside the canvas, the site name included', async () => {
    expect(crowded.title).toHaveLength(300)
    const pixels = await pixelsOf(renderSocialCard(crowded))
    const margin = CARD_MARGIN - 8
    // Nothing is drawn in the margins: bottom band, left and right edges below the accent band.
    expect([...coloursIn(pixels, 0, CARD_HEIGHT - margin, CARD_WIDTH, margin).keys()]).toEqual([CARD_COLOURS.bg])
    const sideHeight = CARD_HEIGHT - CARD_ACCENT_BAND
    expect([...coloursIn(pixels, 0, CARD_ACCENT_BAND, margin, sideHeight).keys()]).toEqual([CARD_COLOURS.bg])
    expect([...coloursIn(pixels, CARD_WIDTH - margin, CARD_ACCENT_BAND, margin, sideHeight).keys()]).toEqual([
      CARD_COLOURS.bg,
    ])
    // The footer above the bottom margin still shows the site name, in the accent colour.
    const footer = coloursIn(pixels, CARD_MARGIN, CARD_HEIGHT - CARD_MARGIN - 45, 600, 45)
    expect(footer.get(CARD_COLOURS.accent) ?? 0).toBeGreaterThan(500)
  })

  test('keeps a short title of wide letters, which takes three lines at the largest size, inside the canvas', async () => {
    const pixels = await pixelsOf(renderSocialCard({ ...crowded, title: 'W'.repeat(40) }))
    const margin = CARD_MARGIN - 8
    expect([...coloursIn(pixels, 0, CARD_HEIGHT - margin, CARD_WIDTH, margin).keys()]).toEqual([CARD_COLOURS.bg])
    // The speakers' second line ends above the separator: nothing but background just above it.
    expect([...coloursIn(pixels, 0, CARD_SEPARATOR.top - 1, CARD_WIDTH, 1).keys()]).toEqual([CARD_COLOURS.bg])
    const footer = coloursIn(pixels, CARD_MARGIN, CARD_HEIGHT - CARD_MARGIN - 45, 600, 45)
    expect(footer.get(CARD_COLOURS.accent) ?? 0).toBeGreaterThan(500)
  })

  test('draws a speaker’s « ł », « ş » and « ő », not boxes', async () => {
    // Without a kind, the title's two lines end at y 207, the speakers' line is drawn from y 231.
    const speakersArea = (pixels: Pixels) => region(pixels, 0, 225, CARD_WIDTH, 60)
    const named = await pixelsOf(renderSocialCard({ ...card, kind: '', speakers: ['łşő'] }))
    const boxes = await pixelsOf(renderSocialCard({ ...card, kind: '', speakers: ['漢漢漢'] }))
    expect(coloursIn(named, 0, 225, CARD_WIDTH, 60).get(CARD_COLOURS.muted) ?? 0).toBeGreaterThan(50)
    expect(speakersArea(named).equals(speakersArea(boxes))).toBe(false)
  })

  test('refuses a card without a title, naming the field', () => {
    expect(() => renderSocialCard({ ...card, title: '  ' })).toThrow(/title is empty/)
  })
})

describe('the glyphs of the card', () => {
  // A character no loaded font has, drawn as the font's "missing glyph" box.
  const MISSING = '漢'
  const FRENCH = [...'éèêëàâäîïôöùûüÿçœæÉÈÊÀÂÎÔÙÛÇŒÆ’‘«»“”…–—€']
  const OTHER_LATIN = [...'łŁőűşșțčřžāęń']

  /** The steps of the mask `character` is drawn with at 80 pixels. */
  function maskOf(character: string, weight: 400 | 700): string {
    const face = cardFace(weight)
    const [char] = shapeText(character, face, 80).chars
    const font = face.fonts[char!.font]!
    const mask = glyphMask(font, glyphMasks(font, 80), 80, char!.glyph, 0)
    return `${mask.width}×${mask.height}:${mask.edge.offsets.join()}:${mask.edge.steps.join()}:${mask.solid.offsets.join()}`
  }

  test.each([400, 700] as const)(
    'draw every French and Latin letter at weight %i, none as the missing-glyph box',
    (weight) => {
      const missing = maskOf(MISSING, weight)
      expect(missing).not.toMatch(/^0×0/)
      const boxes = [...FRENCH, ...OTHER_LATIN].filter((character) => {
        const mask = maskOf(character, weight)
        return mask === missing || mask.startsWith('0×0')
      })
      expect(boxes).toEqual([])
    },
  )
})
