export { ContentError, isContentError } from './content-error.ts'
export { formerSlugsOf } from './former-slugs.ts'
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
  sourceFromEnv,
} from './source-from-env.ts'
export { isPreviewBuild, PREVIEW_ENV } from './preview-mode.ts'
export { previewConfigFromEnv, previewReleaseFromEnv, previewSourceFromEnv } from './preview-source.ts'
export { ContentLakeSource, type ContentLakeOptions } from './sources/content-lake-source.ts'
export { DatasetFileSource } from './sources/dataset-file-source.ts'
export { overlayDrafts } from './sources/drafts-overlay.ts'
export { isPublishedId } from './sources/published.ts'
export { readDatasetFile } from './sources/read-dataset-file.ts'
export type { ContentSource } from './sources/source.ts'
