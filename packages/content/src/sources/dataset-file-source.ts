import { isAbsolute, relative } from 'node:path'
import type { ContentProblem } from '@weshare/schema'
import { evaluate, parse } from 'groq-js'
import type { ContentSource } from './source.ts'
import { isPublishedId } from './published.ts'
import { readDataset, type ReadDatasetOptions } from './read-dataset.ts'

interface StoredDocument {
  _id: string
  [field: string]: unknown
}

/**
 * Evaluates GROQ with groq-js over the published documents of a dataset file. Drafts, release
 * versions and system documents are dropped before any query runs, so no query can reach them.
 */
export class DatasetFileSource implements ContentSource {
  readonly description: string
  readonly unpublishedIgnored: number
  readonly problems: ReadonlyArray<ContentProblem>
  private readonly documents: StoredDocument[]
  private readonly byId: Map<string, StoredDocument>
  private readonly parsed = new Map<string, ReturnType<typeof parse>>()

  /**
   * `assets` are the asset documents of the images (synthesised from the export's files), which
   * `asset->` resolves to; `problems` those found while reading the file, about published documents.
   */
  constructor(
    documents: ReadonlyArray<unknown>,
    description: string,
    { assets = [], problems = [] }: { assets?: ReadonlyArray<unknown>; problems?: ReadonlyArray<ContentProblem> } = {},
  ) {
    this.description = description
    const isDocument = (doc: unknown): doc is StoredDocument =>
      typeof doc === 'object' && doc !== null && typeof (doc as StoredDocument)._id === 'string'
    const published = documents.filter(isDocument).filter((doc) => isPublishedId(doc._id))
    this.unpublishedIgnored = documents.length - published.length
    this.documents = [...published, ...assets.filter(isDocument)]
    this.problems = problems
    this.byId = new Map(this.documents.map((doc) => [doc._id, doc]))
  }

  /**
   * Reads a dataset file, an export archive or an unpacked export folder with its images; `root`
   * shortens the path shown in logs when the file lies inside it.
   */
  static async fromFile(file: string, root?: string, options: ReadDatasetOptions = {}): Promise<DatasetFileSource> {
    const shown =
      root && !relative(root, file).startsWith('..') && !isAbsolute(relative(root, file)) ? relative(root, file) : file
    const { documents, assets, problems } = await readDataset(file, options)
    return new DatasetFileSource(documents, `dataset file ${shown}`, {
      assets,
      problems: problems.filter((problem) => isPublishedId(problem.subject.id)),
    })
  }

  async fetch(query: string, params: Record<string, unknown> = {}): Promise<unknown> {
    let tree = this.parsed.get(query)
    if (!tree) {
      tree = parse(query, { params })
      this.parsed.set(query, tree)
    }
    const value = await evaluate(tree, {
      dataset: this.documents,
      params,
      // groq-js resolves `->` by scanning the dataset; a map makes each dereference O(1).
      dereference: ({ _ref }) => this.byId.get(_ref) ?? null,
    })
    return value.get()
  }
}
