/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every
 * machine and Node version, which `Math.random` does not, so a dataset can be rebuilt byte for byte.
 * See https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export interface Random {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number
  /** True with probability `p`. */
  chance: (p: number) => boolean
  /** One item of a non-empty list. */
  pick: <T>(items: readonly T[]) => T
  /** `count` distinct items of a list, in the order drawn. */
  sample: <T>(items: readonly T[], count: number) => T[]
  /** A shuffled copy of a list (Fisher–Yates). */
  shuffle: <T>(items: readonly T[]) => T[]
  /** `length` lowercase hex digits, for `_key` and `_rev` values. */
  hex: (length: number) => string
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i)
      ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
    }
    return copy
  }
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list.')
      return items[int(0, items.length - 1)] as T
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      if (count > items.length) throw new Error(`Cannot draw ${count} distinct items from a list of ${items.length}.`)
      // A partial Fisher–Yates: only the first `count` positions are settled.
      const copy = [...items]
      for (let i = 0; i < count; i++) {
        const j = int(i, copy.length - 1)
        ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
      }
      return copy.slice(0, count)
    },
    shuffle,
    hex: (length) => {
      let out = ''
      while (out.length < length)
        out += Math.floor(next() * 0x10000)
          .toString(16)
          .padStart(4, '0')
      return out.slice(0, length)
    },
  }
}
