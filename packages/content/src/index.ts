export { ContentError, isContentError } from './content-error.ts'
export { formerSlugsOf } from './former-slugs.ts'
export { integrityProblems } from './integrity.ts'
export { joinRows, type QueryRows } from './join.ts'
export { ContentValidationError, loadContent } from './load-content.ts'
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
export { isPreviewBuild, PREVIEW_ENV } from './preview-mode.ts'
export { previewConfigFromEnv, previewReleaseFromEnv, previewSourceFromEnv } from './preview-source.ts'
export { DatasetFileSource } from './sources/dataset-file-source.ts'
export { overlayDrafts } from './sources/drafts-overlay.ts'
export { isPublishedId } from './sources/published.ts'
export { readDatasetFile } from './sources/read-dataset-file.ts'
export { lqipOf } from './images/lqip.ts'
export { excerptOf } from './sources/dataset-lines.ts'
export type { ContentSource } from './sources/source.ts'
