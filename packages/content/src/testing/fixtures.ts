import { readDatasetFile } from '../sources/read-dataset-file.ts'
import { SAMPLE_DATASET_FILE } from '../source-from-env.ts'

export type StoredDocument = Record<string, unknown> & { _id: string; _type: string }

/** A fresh copy of the sample dataset's documents, safe to mutate in a test. */
export async function sampleDocuments(): Promise<StoredDocument[]> {
  return (await readDatasetFile(SAMPLE_DATASET_FILE)) as StoredDocument[]
}

export function findDocument(documents: StoredDocument[], id: string): StoredDocument {
  const found = documents.find((doc) => doc._id === id)
  if (!found) throw new Error(`The sample dataset has no document ${id}`)
  return found
}
