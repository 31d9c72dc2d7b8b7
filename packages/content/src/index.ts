export { isContentError } from './content-error.ts'
export { integrityProblems } from './integrity.ts'
export { loadContent } from './load-content.ts'
export * from './queries/queries.ts'
export { readSiteBaseUrl } from './site-base-url.ts'
export {
  REPO_ROOT,
  SAMPLE_DATASET_FILE,
  sourceConfigFromEnv,
  type SourceConfig,
  SOURCE_VARIABLES,
  sourceFromEnv,
  studioUrlFromEnv,
} from './source-from-env.ts'
export { DatasetFileSource } from './sources/dataset-file-source.ts'
export { isPublishedId } from './sources/published.ts'
export { readDatasetFile } from './sources/read-dataset-file.ts'
export { excerptOf } from './sources/dataset-lines.ts'
export type { ContentSource } from './sources/source.ts'
