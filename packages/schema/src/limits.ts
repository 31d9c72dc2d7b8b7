/**
 * How large content may be. Each limit is far above what a real recap needs and far below what
 * breaks a page or the build; crossing one is a content error naming the document and the field.
 * The reasons are in docs/architecture.md ("Limits").
 */
export const LIMITS = {
  /** Characters of a title (talk, session, tag, site): a title is shown up to five times a page. */
  titleLength: 200,
  /** Characters of a speaker's name. */
  nameLength: 120,
  /** Characters of a short label (link label, aside label). */
  labelLength: 80,
  /** Characters of a description, a bio or an SEO description. */
  descriptionLength: 1_000,
  /** Characters of an image's alternative text. */
  altLength: 500,
  /** Characters of the caption under an image of a recap. */
  captionLength: 300,
  /** Characters of one span of rich text. */
  spanLength: 20_000,
  /** Characters of one code block. */
  codeLength: 50_000,
  /** Blocks of one rich text (recap, intro, aside). */
  blocks: 2_000,
  /**
   * Levels of a nested list: a recap nests two or three; the page nests one list per level, and
   * past a few hundred the rich-text renderer overflows its stack.
   */
  listLevel: 10,
  /**
   * Spans of one block (a span per change of style): the sample's busiest paragraph has 3, and the
   * rendering time grows with the square of a block's spans (30,000 took 16 s).
   */
  blockSpans: 1_000,
  /**
   * Styles and links on one span: the Studio offers 5 styles, and a span takes a link or two; the
   * renderer nests one element per mark, and 10,000 overflowed its stack.
   */
  spanMarks: 16,
  /** Characters of a slug: the Studio's generator cuts at the same length, and a file name holds 255 bytes. */
  slugLength: 96,
  /**
   * Levels of arrays and objects nested in one document: the deepest the Studio writes (an aside's
   * rich text) is under 10, and the walks over a document recurse once per level.
   */
  nestingDepth: 64,
  /** Bytes of one document as stored (one NDJSON line). */
  documentBytes: 2 * 1024 * 1024,
  /** Bytes of a dataset file or export archive as read from disk. */
  fileBytes: 2 * 1024 * 1024 * 1024,
  /** Bytes of NDJSON once decompressed (a gzipped file or the data.ndjson of an archive). */
  decompressedBytes: 1024 * 1024 * 1024,
  /** Bytes of an export archive once decompressed, images included (streamed to the image cache, never held). */
  archiveDecompressedBytes: 8 * 1024 * 1024 * 1024,
  /** Decompressed bytes per compressed byte, checked once past 16 MiB: NDJSON compresses about 10:1. */
  compressionRatio: 100,
} as const

export type LimitName = keyof typeof LIMITS
