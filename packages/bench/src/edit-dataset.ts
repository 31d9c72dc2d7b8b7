import type { DatasetDocument } from '@weshare/schema'

/** What the benchmark changes before rebuilding: the title of a talk, as an editor's correction would. */
export interface TalkEdit {
  id: string
  slug: string
  title: string
}

/**
 * The documents with the titles of `count` talks corrected, spread over the archive (the first one
 * in its middle) so that an edit does not fall on a page that lists little. Slugs are kept: the
 * talk's page stays where it was, as when an editor fixes a typo.
 */
export function editTalkTitles(
  documents: readonly DatasetDocument[],
  count: number,
): { documents: DatasetDocument[]; edits: TalkEdit[] } {
  const talks = documents.flatMap((document, index) => (document._type === 'talk' ? [index] : []))
  if (count > talks.length) {
    throw new Error(
      `--edit ${count} asks for more talks than the dataset has (${talks.length}): give at most ${talks.length}.`,
    )
  }
  const step = talks.length / count
  const chosen = Array.from(
    { length: count },
    (_, k) => talks[Math.floor((talks.length / 2 + k * step) % talks.length)]!,
  )
  const edited = [...documents]
  const edits = chosen.map((index): TalkEdit => {
    const talk = documents[index]!
    if (talk._type !== 'talk') throw new Error(`Document ${index} was chosen as a talk but is a ${talk._type}.`)
    const title = `${talk.title} (corrigé)`
    edited[index] = { ...talk, title }
    return { id: talk._id, slug: talk.slug.current, title }
  })
  return { documents: edited, edits }
}
