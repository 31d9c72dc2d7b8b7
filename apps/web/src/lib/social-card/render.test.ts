import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import type { SocialCard } from './card.ts'
import { CARD_FONT_FAMILY } from './fonts.ts'
import { CARD_ACCENT_BAND, CARD_COLOURS, CARD_HEIGHT, CARD_MARGIN, CARD_WIDTH } from './layout.ts'
import { drawSvg, renderSocialCard } from './render.ts'

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
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true })
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

describe('renderSocialCard', () => {
  test('draws a 1200×630 PNG', async () => {
    const metadata = await sharp(await renderSocialCard(card)).metadata()
    expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({
      format: 'png',
      width: 1200,
      height: 630,
    })
  })

  test('keeps a 300-character title and 12 speakers inside the canvas, the site name included', async () => {
    expect(crowded.title).toHaveLength(300)
    const pixels = await pixelsOf(await renderSocialCard(crowded))
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
    const pixels = await pixelsOf(await renderSocialCard({ ...crowded, title: 'W'.repeat(40) }))
    const margin = CARD_MARGIN - 8
    expect([...coloursIn(pixels, 0, CARD_HEIGHT - margin, CARD_WIDTH, margin).keys()]).toEqual([CARD_COLOURS.bg])
    const footer = coloursIn(pixels, CARD_MARGIN, CARD_HEIGHT - CARD_MARGIN - 45, 600, 45)
    expect(footer.get(CARD_COLOURS.accent) ?? 0).toBeGreaterThan(500)
  })

  test('refuses a card without a title, naming the field', async () => {
    await expect(renderSocialCard({ ...card, title: '  ' })).rejects.toThrow(/title is empty/)
  })
})

describe('the fonts of the card', () => {
  /** The outline satori draws for `text` alone, in the card's fonts. */
  async function outlineOf(text: string, fontWeight: 400 | 700): Promise<string> {
    const style = { display: 'flex', fontFamily: CARD_FONT_FAMILY, fontSize: 80, fontWeight }
    const svg = await drawSvg({ type: 'div', props: { style, children: text } }, 200, 200)
    return [...svg.matchAll(/ d="([^"]+)"/g)].map((match) => match[1]).join(' ')
  }

  // A character no loaded font has, drawn as the font's "missing glyph" box.
  const MISSING = '漢'
  const FRENCH = [...'éèêëàâäîïôöùûüÿçœæÉÈÊÀÂÎÔÙÛÇŒÆ’‘«»“”…–—€']
  const OTHER_LATIN = [...'łŁőűşșțčřžāęń']

  test.each([400, 700] as const)(
    'draw every French character at weight %i, none as the missing-glyph box',
    async (weight) => {
      const missing = await outlineOf(MISSING, weight)
      expect(missing).not.toBe('')
      const boxes = []
      for (const character of [...FRENCH, ...OTHER_LATIN]) {
        const outline = await outlineOf(character, weight)
        if (outline === '' || outline === missing) boxes.push(character)
      }
      expect(boxes).toEqual([])
    },
  )
})
