/*
 * The card's colours as one PNG palette: the card is drawn in palette indices, one byte a pixel.
 * Each colour drawn over another gets a ramp, the colour at each step of coverage over the colour
 * beneath, so that antialiased edges are palette entries too. The pairs are few (each text has one
 * background), and 50 steps are finer than an eye tells apart: 5 ramps fit in the 256 entries.
 */

/** How many steps of coverage a ramp has, full coverage included. */
export const RAMP_STEPS = 50

/** A colour drawn over another, step by step of coverage: step 0 is the colour beneath, RAMP_STEPS the colour. */
export interface Ramp {
  /** The palette index of each step. */
  index: Uint8Array
  /** The step of each palette index, -1 for an index outside the ramp. */
  step: Int8Array
}

export interface Palette {
  /** Red, green, blue for each index, as PNG's PLTE chunk holds them. */
  rgb: Uint8Array
  /** The index of a plain colour. */
  index(colour: string): number
  /** The ramp of `colour` over `under`, which must be one of the pairs the palette was made with. */
  ramp(colour: string, under: string): Ramp
}

/**
 * A palette with `plain` colours and a ramp for each pair of `ramps` ([colour, under]). A ramp's
 * ends are plain colours, so a colour both plain and drawn over another has one index.
 */
export function createPalette(plain: readonly string[], ramps: readonly (readonly [string, string])[]): Palette {
  const entries: string[] = []
  const indices = new Map<string, number>()
  const rgb: number[] = []
  const add = (hex: string, value: readonly number[]) => {
    entries.push(hex)
    rgb.push(...value)
    return entries.length - 1
  }
  const plainIndex = (colour: string) => {
    let index = indices.get(colour)
    if (index === undefined) {
      index = add(colour, channels(colour))
      indices.set(colour, index)
    }
    return index
  }
  for (const colour of plain) plainIndex(colour)
  const byPair = new Map<string, Ramp>()
  for (const [colour, under] of ramps) {
    const over = channels(colour)
    const beneath = channels(under)
    const index = new Uint8Array(RAMP_STEPS + 1)
    index[0] = plainIndex(under)
    for (let step = 1; step < RAMP_STEPS; step++) {
      const share = step / RAMP_STEPS
      index[step] = add(
        `${colour}@${step}`,
        over.map((value, channel) => Math.round(value * share + beneath[channel] * (1 - share))),
      )
    }
    index[RAMP_STEPS] = plainIndex(colour)
    const step = new Int8Array(256).fill(-1)
    index.forEach((entry, at) => (step[entry] = at))
    byPair.set(`${colour} ${under}`, { index, step })
  }
  if (entries.length > 256) {
    throw new Error(
      `The social card's palette needs ${entries.length} colours, more than a PNG palette's 256. ` +
        `Draw fewer pairs of colours or lower RAMP_STEPS.`,
    )
  }
  return {
    rgb: Uint8Array.from(rgb),
    index(colour) {
      const index = indices.get(colour)
      if (index === undefined) throw new Error(`The social card's palette has no ${colour}: add it to the palette.`)
      return index
    },
    ramp(colour, under) {
      const ramp = byPair.get(`${colour} ${under}`)
      if (ramp === undefined) {
        throw new Error(`The social card's palette has no ramp of ${colour} over ${under}: add the pair to it.`)
      }
      return ramp
    },
  }
}

function channels(hex: string): number[] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (match === null) throw new TypeError(`The social card's colour ${JSON.stringify(hex)} is not #rrggbb.`)
  return match.slice(1).map((pair) => Number.parseInt(pair, 16))
}
