import {
  missingSynonyms,
  ResolvedImageSchema,
  TalkEntrySchema,
  toPlainText,
  type ResolvedInlineImage,
  type TalkEntry,
} from '@weshare/schema'
import type { StoredEntry } from '@weshare/content/astro-loader'
import { z } from 'zod'
import { excerptSource } from './excerpt.ts'
import { createIdAllocator, headingIds } from './heading-ids.ts'
import { MAIN_CONTENT_ID } from './page-ids.ts'
import { richTextToHtml } from './rich-text/to-html.ts'
import { pictureFor } from './images/index.ts'
import { talkSearchText } from './search-record.ts'

/**
 * A talk as the site's content store keeps it. The recap is rendered to HTML once, when content is
 * loaded (the entry's `rendered.html`, headings in `rendered.metadata.headings`), rather than on the
 * talk page and again on its session's page; its rich text is not stored. What pages needed from
 * the rich text is kept instead: the start of its plain text, and the synonyms search adds.
 */
export const TalkCollectionSchema = TalkEntrySchema.omit({ body: true }).extend({
  /** The start of the recap as plain text, enough for any excerpt (excerptSource()). */
  recapStart: z.string(),
  /** Forms of the search synonyms the page does not use itself (components/search/SearchSynonyms.astro). */
  searchSynonyms: z.array(z.string()),
  /** The recap's first image, which a link to the talk shows when shared (og:image). */
  firstFigure: ResolvedImageSchema.nullish(),
})

export type SiteTalk = z.output<typeof TalkCollectionSchema>

/** Heading ids of the recap on its talk page; the page allocates its own ids after these. */
export function talkPageIdAllocator(recapHeadingIds: Iterable<string> = []) {
  return createIdAllocator([MAIN_CONTENT_ID, ...recapHeadingIds])
}

/** The stored form of a talk: its data without the rich text, and the recap's HTML for its talk page. */
export function prepareTalk(talk: TalkEntry): StoredEntry & { data: SiteTalk } {
  const { body, ...rest } = talk
  const ids = headingIds(body, talkPageIdAllocator())
  const headings = body.flatMap((block) => {
    const slug = ids.get(block._key)
    return slug && block._type === 'block'
      ? [{ depth: block.style === 'h3' ? 3 : 2, slug, text: toPlainText([block]) }]
      : []
  })
  return {
    data: {
      ...rest,
      recapStart: excerptSource(toPlainText(body)),
      searchSynonyms: missingSynonyms(talkSearchText(talk)),
      firstFigure: body.find((block): block is ResolvedInlineImage => block._type === 'image') ?? null,
    },
    rendered: {
      html: richTextToHtml(body, {
        headingIds: ids,
        parentLevel: 1,
        figurePicture: (image) => pictureFor(image, 'figure'),
      }),
      metadata: { headings },
    },
  }
}
