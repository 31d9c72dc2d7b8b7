export { ContentError, isContentError } from './content-error.ts'
export { integrityProblems } from './integrity.ts'
export { ContentValidationError, loadContent, type LoadOptions, type LoadResult } from './load-content.ts'
export { joinRows, type QueryRows } from './join.ts'
export * from './queries/queries.ts'
export type { CollectionName, SiteContent } from './site-content.ts'
export {
  DEFAULT_API_VERSION,
  REPO_ROOT,
  SAMPLE_DATASET_FILE,
  sourceConfigFromEnv,
  type SourceConfig,
  SOURCE_VARIABLES,
  sourceFromEnv,
  studioUrlFromEnv,
} from './source-from-env.ts'
export { ContentLakeSource, type ContentLakeOptions } from './sources/content-lake-source.ts'
export { DatasetFileSource } from './sources/dataset-file-source.ts'
export { isPublishedId } from './sources/published.ts'
export { readDatasetFile } from './sources/read-dataset-file.ts'
export { excerptOf } from './sources/dataset-lines.ts'
export type { ContentSource } from './sources/source.ts'
