import type { EditionEntry, TalkEntry, TalkRef } from '@weshare/schema'

/**
 * GROQ has no way to ask for an array element's neighbour, so the previous and next talk of each
 * talk are read from its edition's order once all editions are loaded.
 */
export function withPreviousNext(talks: TalkEntry[], editions: ReadonlyArray<EditionEntry>): TalkEntry[] {
  const neighbours = new Map<string, { previous: TalkRef | null; next: TalkRef | null }>()
  for (const edition of editions) {
    const refs: TalkRef[] = edition.talks.map(({ _id, title, slug, format }) => ({ _id, title, slug, format }))
    refs.forEach((talk, index) => {
      neighbours.set(talk._id, { previous: refs[index - 1] ?? null, next: refs[index + 1] ?? null })
    })
  }
  return talks.map((talk) => ({ ...talk, previous: null, next: null, ...neighbours.get(talk._id) }))
}
